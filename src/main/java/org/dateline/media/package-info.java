/**
 * Images: uploads and their checks, metadata read from the file (IPTC, XMP, EXIF), the photo
 * library, renditions in fixed widths and crops, and the blob store that keeps originals and
 * renditions (a local directory or an S3-compatible object store). Stories and subjects refer to
 * images by id; this module knows nothing of them. See {@code docs/media.md}.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.dateline.media;

import org.springframework.modulith.ApplicationModule;
