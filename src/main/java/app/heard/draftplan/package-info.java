/**
 * A draft EHC plan served on a family, as a web page to read, listen to and download, and
 * the family's comments on it: on a section, an outcome or a piece of provision, plus a
 * named school or setting and a meeting with an LA officer (reg 22(2)). Comments autosave
 * as drafts private to their author and are sent together, inside the comment window
 * (docs/decisions/0012); sent comments never change. The LA's responses ("you said, we
 * did") arrive with the case record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Draft plan comments")
package app.heard.draftplan;
