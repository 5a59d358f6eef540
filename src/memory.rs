//! Memory the process no longer uses goes back to the system.
//!
//! Loading the event and building the question index allocate a great deal
//! that is freed at once (parsed copies, the index's working lists), much of
//! it on a blocking thread with a malloc arena of its own. glibc keeps freed
//! memory in its arenas for reuse; [`give_back`] returns what is free after
//! such a burst (`malloc_trim`), and [`limit_arenas`] keeps the number of
//! arenas small (as `MALLOC_ARENA_MAX=2` would), since the desk's threads
//! mostly wait.

/// Returns the free memory of every malloc arena to the system (glibc);
/// nothing elsewhere.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free pages of the allocator's own
    // arenas; it takes no pointers.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// At most two malloc arenas (glibc), unless `MALLOC_ARENA_MAX` says
/// otherwise; nothing elsewhere. Called first thing, before other threads.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt changes an allocator setting; it takes no
        // pointers, and no other thread runs yet.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}
