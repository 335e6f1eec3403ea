package dev.dialtone.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * What a grid fires about one of its rows (a group, a user, a number) so that its view acts: the
 * subclass names the action, and adds what else the person chose (a role, a flow).
 *
 * @param <C> the grid
 * @param <T> the row's item
 */
public abstract class RowEvent<C extends Component, T> extends ComponentEvent<C> {

  private final transient T item;

  protected RowEvent(C source, boolean fromClient, T item) {
    super(source, fromClient);
    this.item = item;
  }

  /** The row the person acted on. */
  public T item() {
    return item;
  }
}
