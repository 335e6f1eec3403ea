package dev.dialtone.ui.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * At most 1 MiB per API request body, as the designer's import allows. A declared length is refused
 * up front; a body sent in chunks is cut off when it passes the limit ({@link TooLarge}, which the
 * error handler turns into 413).
 */
public final class RequestBodyLimit {

  public static final long MAX_BYTES = 1024 * 1024;
  public static final String MESSAGE = "the request body is larger than 1 MB";

  private RequestBodyLimit() {}

  public static HttpServletRequest wrap(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      private ServletInputStream limited;

      @Override
      public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
          limited = new Limited(super.getInputStream());
        }
        return limited;
      }
    };
  }

  /** Reading went past the limit. */
  public static final class TooLarge extends IOException {
    public TooLarge() {
      super(MESSAGE);
    }
  }

  private static final class Limited extends ServletInputStream {
    private final ServletInputStream in;
    private long read;

    Limited(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
