/**
 * Who is signed in. People sign in through an OpenID Connect provider and are known by
 * (issuer, subject), never by email; the portal stores no passwords. Also owns the web
 * security configuration and the idle timeout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package app.heard.identity;
