/**
 * Turns an untrusted photo, video, voice recording or PDF into safe renditions the portal
 * can show and send on: typed by content, decoded only by sandboxed FFmpeg processes or
 * capped Java decoders, with location and device metadata removed
 * (docs/decisions/0007-media-processing-outside-the-jvm.md). The upload, the job queue
 * and the pages call {@link app.heard.media.MediaProcessor}; nothing here stores files.
 * {@link app.heard.media.MalwareScanner} scans a file with ClamAV's clamd and fails
 * closed (docs/decisions/0010-malware-scanning-with-clamav.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package app.heard.media;
