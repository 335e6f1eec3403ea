package dev.dialtone.ui.recordings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.streams.DownloadHandler;

/** A browser {@code <audio>} element with its controls, fed through the Vaadin session. */
@Tag("audio")
class AudioPlayer extends Component {

  AudioPlayer() {
    getElement().setAttribute("controls", true);
    getElement().setAttribute("preload", "none");
  }

  void play(DownloadHandler source) {
    getElement().setAttribute("src", source);
  }
}
