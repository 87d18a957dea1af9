/**
 * Embedded defaults for a laptop and for the tests: a real PostgreSQL (binaries from
 * Maven Central) and a real OpenID Connect provider, started inside the portal's process.
 * Only the {@code embedded} profile loads this; production configuration never does
 * (docs/decisions/0002).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded defaults")
package app.heard.embedded;
