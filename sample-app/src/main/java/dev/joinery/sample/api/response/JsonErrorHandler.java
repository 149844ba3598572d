package dev.joinery.sample.api.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own refusals in the app's {@link ErrorBody} JSON instead of Jetty's HTML page: requests
 * refused before any route sees them, such as two different {@code Content-Length}s, a control
 * character in a header, an undecodable path or headers over Jetty's size limit.
 */
public final class JsonErrorHandler extends ErrorHandler {
  private static final String JSON = "application/json";

  private final ObjectMapper mapper;

  public JsonErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Every error answer has a body, not only those of GET, POST and HEAD (Jetty's default). */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  /** A request Jetty could not parse: answered before any handler, from these bytes. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
    return ByteBuffer.wrap(json(status, reason));
  }

  /** A request refused by Jetty's servlet layer ({@code sendError}), such as an ambiguous path. */
  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType(JSON);
    response.getOutputStream().write(json(code, message));
  }

  private byte[] json(int status, String reason) {
    String error = switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 413 -> "body-too-large";
      case 414 -> "uri-too-long";
      case 431 -> "headers-too-large";
      default -> status < 500 ? "bad-request" : "internal";
    };
    String message = "the request cannot be read: "
        + (reason == null || reason.isBlank() ? "malformed HTTP" : reason);
    try {
      return mapper.writeValueAsBytes(new ErrorBody(status, error, message, List.of()));
    } catch (JsonProcessingException e) {
      // An ErrorBody of text and numbers always serializes; keep the answer JSON regardless.
      return ("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"\","
          + "\"violations\":[]}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
