package dev.dialtone.ui.recordings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.streams.DownloadHandler;

/** A browser {@code <audio>} element with its controls, fed through the Vaadin session. */
@Tag("audio")
public class AudioPlayer extends Component {

  public AudioPlayer() {
    getElement().setAttribute("controls", true);
    getElement().setAttribute("preload", "none");
  }

  public void play(DownloadHandler source) {
    getElement().setAttribute("src", source);
  }
}
