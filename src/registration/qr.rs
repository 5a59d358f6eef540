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
