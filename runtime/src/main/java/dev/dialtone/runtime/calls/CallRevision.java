package dev.dialtone.runtime.calls;

/** Whether the call ran a published version or an unpublished draft (the in-browser test call). */
public enum CallRevision {
  PUBLISHED,
  DRAFT
}
