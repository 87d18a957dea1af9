/**
 * Demo accounts and demo cases, loaded only under the {@code demo} profile, through the
 * same import path the LA's case record uses. Never part of a production configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package app.heard.demo;
