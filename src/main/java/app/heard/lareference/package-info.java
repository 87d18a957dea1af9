/**
 * The reference LA case record service: a small, real HTTP server that implements the LA
 * side of the portal's open sync contract ({@code static/api/la-sync-v1.yaml}). The
 * portal's embedded default and the tests talk to it instead of a mock, and an LA writing
 * an adapter can read it as a worked example.
 * <p>
 * It stands for the LA's own system, so it depends on no other part of the portal and
 * speaks only JSON: what the portal's types look like is the contract's business, not
 * this module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference LA case record")
package app.heard.lareference;
