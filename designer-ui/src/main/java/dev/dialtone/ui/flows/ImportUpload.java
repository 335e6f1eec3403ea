package dev.dialtone.ui.flows;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.ui.common.Messages;
import java.nio.charset.StandardCharsets;

/**
 * "Import JSON": picks a {@code dialtone.flow/1} file or a VoIPBIN action list (as the format
 * choice beside it says, or found out from the file) and fires {@link ImportEvent} with the native
 * text; the view hands it to the service, which stores it only if it reads as a flow. An action
 * list that cannot be mapped is refused here, listing every action.
 */
class ImportUpload extends Upload {

  static final int MAX_BYTES = 1024 * 1024;

  // The view builds the upload without arguments; the compiler is stateless and cheap to create.
  private final FlowDocuments documents = new FlowDocuments(new FlowCompiler());
  private final ImportProblemsDialog problems = new ImportProblemsDialog();
  private FlowDocuments.Format format;

  ImportUpload() {
    setId("import-flow");
    setMaxFiles(1);
    setMaxFileSize(MAX_BYTES);
    setAcceptedFileTypes(".json", "application/json");
    setDropAllowed(false);
    Button button = new Button("Import JSON", VaadinIcon.UPLOAD.create());
    setUploadButton(button);
    addClassName("import-upload");
    addFileRejectedListener(
        rejected ->
            Messages.error(
                rejected.getFileName() + " was not imported: " + rejected.getErrorMessage()));
    setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) -> {
              // The handler runs with the UI locked, so the view may update itself directly.
              clearFileList();
              String text = new String(bytes, StandardCharsets.UTF_8);
              try {
                fireEvent(
                    new ImportEvent(this, metadata.fileName(), documents.nativeJson(text, format)));
              } catch (InvalidInputException e) {
                problems.show(metadata.fileName(), e.problems());
              }
            }));
  }

  /** What the next file is read as; {@code null}: found out from the file. */
  void setFormat(FlowDocuments.Format format) {
    this.format = format;
  }

  Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
    return addListener(ImportEvent.class, listener);
  }

  /** The person chose a file to import; {@code text} is its content. */
  static class ImportEvent extends ComponentEvent<ImportUpload> {

    private final String fileName;
    private final String text;

    ImportEvent(ImportUpload source, String fileName, String text) {
      super(source, true);
      this.fileName = fileName;
      this.text = text;
    }

    String fileName() {
      return fileName;
    }

    String text() {
      return text;
    }
  }
}
