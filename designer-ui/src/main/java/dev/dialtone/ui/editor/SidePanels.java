package dev.dialtone.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import dev.dialtone.ui.editor.properties.PropertyPanel;

/**
 * The editor's right column as tabs, so each panel gets the column's full height: Properties (the
 * selected node), Problems (with their count), and Test call while it is open.
 */
final class SidePanels extends TabSheet {

  private final Tab propertiesTab;
  private final Tab problemsTab;
  private Tab testCallTab;

  SidePanels(PropertyPanel properties, ProblemsPanel problems) {
    addClassName("editor-side");
    setId("side-panels");
    propertiesTab = add("Properties", properties);
    propertiesTab.setId("tab-properties");
    problemsTab = add("Problems", new ProblemsTabContent(problems));
    problemsTab.setId("tab-problems");
    addSelectedChangeListener(change -> keepEveryPanelLive());
  }

  @Override
  public Tab add(Tab tab, Component content, int position) {
    Tab added = super.add(tab, content, position);
    keepEveryPanelLive();
    return added;
  }

  /**
   * TabSheet disables the panels of the tabs not shown, and the server then ignores what their
   * fields send. A value typed into Properties that reaches the server just after the person
   * switched to Problems was lost that way (the log said "Property update request for disabled
   * element ... ignored"). The browser hides those panels all the same; here they stay enabled, so
   * an edit always arrives and a panel shown again is already up to date.
   */
  private void keepEveryPanelLive() {
    for (int i = 0; i < getTabCount(); i++) {
      Component panel = getComponent(getTabAt(i));
      if (panel != null) {
        panel.getElement().getNode().setEnabled(true);
      }
    }
  }

  /** The Problems tab's label counts them (the list itself is in the tab). */
  void showProblemCount(int count) {
    problemsTab.setLabel(count == 0 ? "Problems" : "Problems (" + count + ")");
    problemsTab.getElement().setAttribute("data-count", Integer.toString(count));
  }

  void showProperties() {
    setSelectedTab(propertiesTab);
  }

  void showProblems() {
    setSelectedTab(problemsTab);
  }

  void openTestCall(Component panel) {
    closeTestCall();
    testCallTab = add("Test call", panel);
    testCallTab.setId("tab-test-call");
    setSelectedTab(testCallTab);
  }

  void closeTestCall() {
    if (testCallTab != null) {
      remove(testCallTab);
      testCallTab = null;
      showProperties();
    }
  }

  /** What the Problems tab shows when there are none (the panel hides itself then). */
  private static final class ProblemsTabContent extends Div {
    ProblemsTabContent(ProblemsPanel problems) {
      Paragraph none = new Paragraph("No problems: the draft can be published.");
      none.addClassName("no-problems");
      add(problems, none);
      addClassName("problems-tab");
    }
  }
}
