package dev.joinery.sample.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a request body as text, within {@link #MAX_BYTES} whatever the transfer encoding, in the
 * charset its {@code Content-Type} names (UTF-8 when none). Javalin's own limit checks only the
 * {@code Content-Length}; a chunked body has none, so the bytes are counted here as they arrive
 * and the read stops one byte past the limit. A charset Java does not know, or a malformed
 * {@code charset} parameter, is the client's mistake: 415, not the 500 it used to be.
 */
final class RequestBody {
  /** The largest body the app reads: 1 MiB. */
  static final int MAX_BYTES = 1 << 20;

  private RequestBody() {}

  static String read(Context ctx) {
    try {
      return read(ctx.header("Content-Type"), ctx.req().getContentLengthLong(),
          ctx.req().getInputStream());
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads {@code body} as the text of a body with this {@code Content-Type} and declared length
   * ({@code -1} when none was given, as for a chunked body).
   */
  static String read(String contentType, long declared, InputStream body) {
    Charset charset = charset(contentType);
    if (declared > MAX_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(
          (int) Math.max(0, Math.min(declared, MAX_BYTES)));
      byte[] buffer = new byte[8192];
      int total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw tooLarge();
        }
        out.write(buffer, 0, n);
      }
      return out.toString(charset);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The body stopped coming: the client closed the connection before the {@code Content-Length}
   * or the last chunk, or sent a malformed chunk. Its fault, so 400; the answer may not reach it.
   */
  private static ApiException unreadable(IOException e) {
    return new ApiException(400, "incomplete-body", "the request body ended before its "
        + "Content-Length or last chunk (" + e.getMessage() + ")", List.of());
  }

  /**
   * The body text as JSON.
   *
   * @throws ApiException 400 {@code bad-json} when it is empty or not JSON
   */
  static JsonNode json(ObjectMapper mapper, String text) {
    if (text.isBlank()) {
      throw ApiException.badJson("the request body is empty; send a JSON object");
    }
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw ApiException.badJson("the request body is not valid JSON: " + e.getOriginalMessage()
          + where);
    }
  }

  /** The {@code charset} parameter of a {@code Content-Type}, UTF-8 when there is none. */
  static Charset charset(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    // -1 keeps trailing empty parts: "a;" splits into two, and ";" alone is not zero parts.
    List<String> parts = List.of(contentType.split(";", -1));
    for (String part : parts.subList(1, parts.size())) {
      int equals = part.indexOf('=');
      if (equals < 0 || !part.substring(0, equals).trim().toLowerCase(Locale.ROOT)
          .equals("charset")) {
        continue;
      }
      String name = part.substring(equals + 1).trim().replace("\"", "");
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new ApiException(415, "unsupported-charset", "the Content-Type names charset '"
            + name + "', which the server does not know; send UTF-8", List.of());
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static ApiException tooLarge() {
    return new ApiException(413, "body-too-large", "the request body is larger than "
        + MAX_BYTES + " bytes", List.of());
  }
}
