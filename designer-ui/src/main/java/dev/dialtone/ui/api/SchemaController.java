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

  @GetMapping("/api/v1/schema/flow.json")
  ResponseEntity<String> flowSchema() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(compiler.jsonSchema());
  }
}
