package dev.dialtone.ui.api;

import dev.dialtone.flow.FlowCompiler;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON Schema of the flow document, generated from the compiler's node catalogue. */
@RestController
class SchemaController {

  private final FlowCompiler compiler;

  SchemaController(FlowCompiler compiler) {
    this.compiler = compiler;
  }

  // TEMPORARY stub so designer-ui compiles on the ui branch: FlowCompiler.jsonSchema() is still
  // being written on the compiler branch. Revert this commit once that branch has landed.
  @GetMapping("/api/v1/schema/flow.json")
  ResponseEntity<String> flowSchema() {
    return ResponseEntity.status(501).contentType(MediaType.APPLICATION_JSON)
        .body("{\"message\":\"the flow schema is not available in this build yet (" + compiler.getClass().getSimpleName() + ")\"}");
  }
}
