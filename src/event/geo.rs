//! Coordinates: what a venue's latitude and longitude are measured in, and
//! the conversion to WGS-84, which GPS and Telegram's map pins use.
//!
//! Organisers in China often copy coordinates from Amap or Tencent maps
//! (GCJ-02, about 500 m off in Nanning) or Baidu maps (BD-09, about 1 km
//! off). An event file says which system a venue's coordinates are in, and
//! they are converted once, at load time. The conversion is the published
//! one, as implemented by the `coordtransform` crate (outside mainland
//! China, where GCJ-02 does not apply, coordinates are kept as they are).

/// A coordinate system a venue's coordinates may be given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Datum {
    /// GPS, OpenStreetMap, Google Earth, Telegram.
    #[default]
    Wgs84,
    /// Amap (Gaode), Tencent and Apple maps in China.
    Gcj02,
    /// Baidu maps.
    Bd09,
}

impl Datum {
    pub const ALL: [Datum; 3] = [Datum::Wgs84, Datum::Gcj02, Datum::Bd09];

    /// The name used in event.toml.
    pub fn name(self) -> &'static str {
        match self {
            Datum::Wgs84 => "wgs84",
            Datum::Gcj02 => "gcj02",
            Datum::Bd09 => "bd09",
        }
    }

    pub fn parse(s: &str) -> Option<Datum> {
        Datum::ALL.into_iter().find(|d| d.name() == s)
    }

    /// `(lat, lon)` in this system, as WGS-84 `(lat, lon)`.
    pub fn to_wgs84(self, lat: f64, lon: f64) -> (f64, f64) {
        // The crate takes and returns (lon, lat).
        let (lon, lat) = match self {
            Datum::Wgs84 => (lon, lat),
            Datum::Gcj02 => coordtransform::gcj02_to_wgs84(lon, lat),
            Datum::Bd09 => coordtransform::bd09_to_wgs84(lon, lat),
        };
        (lat, lon)
    }
}

/// The distance in metres between two WGS-84 points (haversine).
pub fn distance_m((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    const EARTH_RADIUS_M: f64 = 6_371_008.8;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64), degrees: f64) -> bool {
        (a.0 - b.0).abs() < degrees && (a.1 - b.1).abs() < degrees
    }

    /// Published pairs (wandergis/coordtransform's README, Beijing):
    /// WGS-84 (39.91359571849836, 116.39775550083061) is GCJ-02
    /// (39.915, 116.404) by its one-step inverse; GCJ-02 (39.915, 116.404)
    /// is BD-09 (39.92133699351021, 116.41036949371029).
    #[test]
    fn gcj02_and_bd09_convert_to_the_published_wgs84() {
        let wgs = Datum::Gcj02.to_wgs84(39.915, 116.404);
        // The one-step inverse in the README is ~1 m short of the exact one.
        assert!(
            close(wgs, (39.91359571849836, 116.39775550083061), 2e-5),
            "{wgs:?}"
        );
        let via_bd = Datum::Bd09.to_wgs84(39.92133699351021, 116.41036949371029);
        assert!(close(via_bd, wgs, 1e-8), "{via_bd:?} vs {wgs:?}");
    }

    /// googollee/eviltransform's test vectors, WGS-84 → GCJ-02, read the
    /// other way: the GCJ-02 value converts back to the WGS-84 one.
    #[test]
    fn eviltransform_vectors_convert_back() {
        for (wgs, gcj) in [
            (
                (31.1774276, 121.5272106),
                (31.17530398364597, 121.531541859215),
            ),
            (
                (22.543847, 113.912316),
                (22.540796131694766, 113.9171764808363),
            ),
            (
                (39.911954, 116.377817),
                (39.91334545536069, 116.38404722455657),
            ),
        ] {
            let back = Datum::Gcj02.to_wgs84(gcj.0, gcj.1);
            assert!(
                distance_m(back, wgs) < 0.5,
                "{gcj:?} → {back:?}, not {wgs:?}"
            );
        }
    }

    /// In Nanning, GCJ-02 is about 500 m and BD-09 about 1 km from WGS-84:
    /// the convention centre's old pin, read as BD-09, lands within 150 m of
    /// the main hall.
    #[test]
    fn the_convention_centres_baidu_pin_lands_on_the_main_hall() {
        let main_hall = (22.8114, 108.3756);
        let old_pin = (22.8140, 108.3853);
        assert!(distance_m(old_pin, main_hall) > 900.0);
        let converted = Datum::Bd09.to_wgs84(old_pin.0, old_pin.1);
        assert!(distance_m(converted, main_hall) < 150.0, "{converted:?}");
        // A GCJ-02 reading of the same numbers is half-way.
        let gcj = Datum::Gcj02.to_wgs84(old_pin.0, old_pin.1);
        let off = distance_m(gcj, old_pin);
        assert!((400.0..650.0).contains(&off), "GCJ-02 offset {off} m");
    }

    #[test]
    fn wgs84_is_kept_and_gcj02_does_not_apply_outside_china() {
        assert_eq!(
            Datum::Wgs84.to_wgs84(22.8114, 108.3756),
            (22.8114, 108.3756)
        );
        // Bangkok and Vientiane: no GCJ-02 offset outside mainland China.
        assert_eq!(
            Datum::Gcj02.to_wgs84(13.7563, 100.5018),
            (13.7563, 100.5018)
        );
        assert_eq!(
            Datum::Gcj02.to_wgs84(17.9757, 102.6331),
            (17.9757, 102.6331)
        );
    }

    #[test]
    fn names_parse() {
        for d in Datum::ALL {
            assert_eq!(Datum::parse(d.name()), Some(d));
        }
        assert_eq!(Datum::parse("WGS84"), None);
        assert_eq!(Datum::parse("baidu"), None);
    }
}
