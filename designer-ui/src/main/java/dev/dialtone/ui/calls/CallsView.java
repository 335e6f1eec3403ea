package dev.dialtone.ui.calls;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dialtone.runtime.calls.CallCursor;
import dev.dialtone.runtime.calls.CallFilter;
import dev.dialtone.runtime.calls.CallRecord;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call, newest first, a page at a time (keyset paging: Older continues after the last row
 * shown). Filters by flow, number, status and date. A call that changes status while its row is
 * shown — or any call while the newest page is shown — is read again, so live calls update in
 * place. Clicking a row opens the call.
 */
@Route("calls")
@PageTitle("Calls · Dialtone")
@PermitAll
public class CallsView extends Main {

  static final int PAGE_SIZE = 50;
  private static final Logger LOG = LoggerFactory.getLogger(CallsView.class);
  // Many status changes in a burst become one read of the page.
  private static final long REFRESH_DELAY_MS = 300;

  private final transient CallsReader reader;
  private final CallFilters filters;
  private final CallsGrid grid = new CallsGrid();
  private final CallPages pages = new CallPages();
  private final Button newer = new Button("Newer", click -> newer());
  private final Button older = new Button("Older", click -> older());
  private final Span pageInfo = new Span();
  private final AtomicBoolean refreshPending = new AtomicBoolean();
  private volatile Set<UUID> shownIds = Set.of();
  private volatile boolean showingNewest = true;
  private List<CallRecord> shown = List.of();
  private ZoneId zone = ZoneId.of("UTC");
  private transient AutoCloseable watching;

  public CallsView(CallsReader reader) {
    this.reader = reader;
    this.filters = new CallFilters(reader.flows());
    addClassName("page");
    newer.setId("calls-newer");
    older.setId("calls-older");
    pageInfo.setId("calls-page-info");
    filters.addChangeListener(event -> firstPage());
    grid.addItemClickListener(
        event -> UI.getCurrent().navigate(CallView.class, CallView.of(event.getItem().id())));
    add(new H2("Calls"), filters, grid, paging());
  }

  private Div paging() {
    Div paging = new Div(newer, older, pageInfo);
    paging.addClassName("calls-paging");
    return paging;
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    UI ui = attachEvent.getUI();
    ui.getPage()
        .retrieveExtendedClientDetails(
            details -> {
              zone = ZoneId.of(details.getTimeZoneId());
              filters.setZone(zone);
              load();
            });
    watching = reader.watch(callId -> changed(ui, callId));
    load();
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    stopWatching();
    super.onDetach(detachEvent);
  }

  private void firstPage() {
    pages.reset();
    load();
  }

  private void older() {
    if (!shown.isEmpty()) {
      pages.older(CallCursor.of(shown.getLast()));
      load();
    }
  }

  private void newer() {
    pages.newer();
    load();
  }

  private CallFilter filter() {
    return filters.filter(PAGE_SIZE).after(pages.current()).build();
  }

  /** Reads the page in the background and shows it when it arrives. */
  private void load() {
    UI ui = UI.getCurrent();
    read(ui, filter());
  }

  private void read(UI ui, CallFilter filter) {
    reader
        .page(filter)
        .whenComplete(
            (page, error) ->
                access(
                    ui,
                    () -> {
                      refreshPending.set(false);
                      if (error != null) {
                        LOG.warn("could not read the call list", error);
                        pageInfo.setText("The calls could not be read: " + error.getMessage());
                        return;
                      }
                      show(page);
                    }));
  }

  private void show(CallsReader.Page page) {
    shown = page.calls();
    // a leg's status change refreshes the page too: it is shown under its master
    shownIds =
        Stream.concat(shown.stream(), page.legs().values().stream().flatMap(List::stream))
            .map(CallRecord::id)
            .collect(Collectors.toUnmodifiableSet());
    showingNewest = pages.onFirstPage();
    grid.show(shown, page.legs(), page.flowNames(), zone);
    newer.setEnabled(!pages.onFirstPage());
    older.setEnabled(page.next() != null);
    pageInfo.setText(
        shown.isEmpty()
            ? "No calls match."
            : shown.size() + " calls" + (pages.onFirstPage() ? ", newest first" : ""));
  }

  /** Runs on the journal's writer thread: only decides whether to read the page again soon. */
  private void changed(UI ui, UUID callId) {
    boolean concernsPage = showingNewest || shownIds.contains(callId);
    if (concernsPage && refreshPending.compareAndSet(false, true)) {
      CompletableFuture.runAsync(
          () -> access(ui, this::load),
          CompletableFuture.delayedExecutor(
              REFRESH_DELAY_MS, TimeUnit.MILLISECONDS, reader.background()));
    }
  }

  private void stopWatching() {
    if (watching != null) {
      try {
        watching.close();
      } catch (Exception e) {
        LOG.debug("stopping the call feed", e);
      }
      watching = null;
    }
  }

  private static void access(UI ui, com.vaadin.flow.server.Command change) {
    try {
      ui.access(change);
    } catch (UIDetachedException e) {
      // the tab was closed meanwhile: nothing to show
    }
  }
}
