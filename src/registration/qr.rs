//! QR codes as PNG images (for `sendPhoto`): the invitation link, and each
//! delegate's check-in link.

use qrcode::{Color, EcLevel, QrCode};

use crate::error::{Error, Result};

/// Pixels per module: a link of ~50 characters gives a ~300 px image,
/// which phones scan easily from another screen.
const SCALE: usize = 8;
/// The quiet zone around the code, in modules (the standard asks for 4).
const QUIET: usize = 4;

/// A PNG of a QR code encoding `text`.
pub fn png(text: &str) -> Result<Vec<u8>> {
    let fail = |e: &dyn std::fmt::Display| Error::State(format!("cannot draw the QR code: {e}"));
    let code =
        QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| fail(&e))?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (mx, my) = (i % modules + QUIET, i / modules + QUIET);
        for y in my * SCALE..(my + 1) * SCALE {
            pixels[y * side + mx * SCALE..y * side + (mx + 1) * SCALE].fill(0);
        }
    }
    let mut out = Vec::new();
    {
        let side = u32::try_from(side).map_err(|e| fail(&e))?;
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| fail(&e))?;
        writer.write_image_data(&pixels).map_err(|e| fail(&e))?;
        writer.finish().map_err(|e| fail(&e))?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The image reads back, with a QR reader, as the link it was made of.
    #[test]
    fn the_image_scans_back_to_the_link() {
        let link = "https://t.me/delegate_desk_bot?start=ci_7K3MQ0RD1ZX9W2P4HT6A";
        let bytes = png(link).unwrap();
        let decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        let (w, h) = (info.width as usize, info.height as usize);
        assert!(w >= 200, "large enough to scan from a screen: {w} px");
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, link);
    }
}
