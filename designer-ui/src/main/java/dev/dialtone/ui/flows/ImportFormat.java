package dev.dialtone.ui.flows;

import com.vaadin.flow.component.select.Select;

/** What "Import JSON" reads a file as: found out from the file, or what the person says it is. */
enum ImportFormat {
  DETECT("Detect from the file", null),
  NATIVE("Dialtone flow", FlowDocuments.Format.NATIVE),
  VOIPBIN("VoIPBIN action list", FlowDocuments.Format.VOIPBIN);

  private final String label;
  private final FlowDocuments.Format format;

  ImportFormat(String label, FlowDocuments.Format format) {
    this.label = label;
    this.format = format;
  }

  /** {@code null}: find out from the body. */
  FlowDocuments.Format format() {
    return format;
  }

  /** The format choice beside the import button; it tells {@code upload} at once. */
  static Select<ImportFormat> select(ImportUpload upload) {
    Select<ImportFormat> select = new Select<>();
    select.setId("import-format");
    select.setAriaLabel("Import format");
    select.setItems(values());
    select.setItemLabelGenerator(choice -> choice.label);
    select.setValue(DETECT);
    select.addValueChangeListener(change -> upload.setFormat(change.getValue().format()));
    return select;
  }
}
