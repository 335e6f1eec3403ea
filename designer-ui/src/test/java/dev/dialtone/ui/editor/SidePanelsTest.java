package dev.dialtone.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.ui.editor.properties.PropertyPanel;
import org.junit.jupiter.api.Test;

class SidePanelsTest {

  private static final FlowCompiler COMPILER = new FlowCompiler();

  private final PropertyPanel properties = new PropertyPanel(COMPILER.nodeTypes(), COMPILER);
  private final ProblemsPanel problems = new ProblemsPanel();
  private final SidePanels side = new SidePanels(properties, problems);

  @Test
  void aPanelNotShownStillTakesWhatItsFieldsSend() {
    // the server ignores what a disabled element sends: an edit made just before switching tabs
    Div history = new Div();
    side.add("History", history);
    side.showProblems();
    assertThat(properties.getElement().getNode().isEnabled()).isTrue();
    assertThat(history.getElement().getNode().isEnabled()).isTrue();

    side.openTestCall(new Div());
    assertThat(properties.getElement().getNode().isEnabled()).isTrue();
    assertThat(problems.getParent().orElseThrow().getElement().getNode().isEnabled()).isTrue();

    side.showProperties();
    assertThat(history.getElement().getNode().isEnabled()).isTrue();
  }
}
