//! MIME types from file names, for the formats Google Photos accepts.

/// The MIME type Google Photos expects for a file name's extension, for the photo and video
/// formats it accepts; `application/octet-stream` otherwise (the server then sniffs).
pub fn guess_mime_type(file_name: &str) -> &'static str {
    let extension = match file_name.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None => return "application/octet-stream",
    };
    match extension.as_str() {
        "jpg" | "jpeg" | "jpe" | "jfif" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "heif" => "image/heif",
        "avif" => "image/avif",
        "bmp" => "image/bmp",
        "tif" | "tiff" => "image/tiff",
        "ico" => "image/vnd.microsoft.icon",
        "arw" => "image/x-sony-arw",
        "cr2" => "image/x-canon-cr2",
        "crw" => "image/x-canon-crw",
        "dng" => "image/x-adobe-dng",
        "nef" => "image/x-nikon-nef",
        "nrw" => "image/x-nikon-nrw",
        "orf" => "image/x-olympus-orf",
        "raf" => "image/x-fuji-raf",
        "rw2" => "image/x-panasonic-rw2",
        "srw" => "image/x-samsung-srw",
        "mp4" => "video/mp4",
        "m4v" => "video/x-m4v",
        "mov" | "qt" => "video/quicktime",
        "avi" => "video/x-msvideo",
        "3gp" => "video/3gpp",
        "3g2" => "video/3gpp2",
        "mkv" => "video/x-matroska",
        "webm" => "video/webm",
        "mpg" | "mpeg" => "video/mpeg",
        "mts" | "m2ts" | "m2t" | "ts" => "video/mp2t",
        "wmv" => "video/x-ms-wmv",
        "asf" => "video/x-ms-asf",
        "flv" => "video/x-flv",
        "divx" => "video/divx",
        _ => "application/octet-stream",
    }
}
