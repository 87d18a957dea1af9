/**
 * Who read or changed what about a child, in what role, on whose behalf, when and from
 * where. Every feature records through {@link app.heard.audit.AuditTrail}; the trail is
 * append-only for the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package app.heard.audit;
