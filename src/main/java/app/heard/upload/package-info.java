/**
 * Resumable uploads of the photos, videos, drawings and scans families add to their
 * views, over the tus 1.0.0 protocol at {@code /uploads/} (docs/decisions/0008). Each
 * upload belongs to the person who started it and to one question of one case; the bytes
 * go straight to disk, never into memory. A finished upload is announced with
 * {@link app.heard.upload.UploadCompleted}; the media pipeline reads it through
 * {@link app.heard.upload.Uploads} and discards it when done.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Uploads")
package app.heard.upload;
