package dev.joinery.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * HTTP/1.1 written byte for byte on a socket, for requests no well-behaved client sends: a
 * {@code Content-Length} that lies, chunks of any size, any header and any bytes in the request
 * line. One request per connection ({@code Connection: close}); the answer is read to the end of
 * the stream and un-chunked.
 */
final class RawHttp {
  /** What the fuzzer sends: the head (request line and headers) and the body bytes. */
  record Request(String method, String target, Map<String, String> headers, byte[] body,
      Framing framing) {
    /** The request as text, for the failure message that reproduces it. */
    String describe() {
      StringBuilder text = new StringBuilder(method).append(' ').append(target)
          .append(" HTTP/1.1\n");
      headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
      text.append("[").append(framing).append(", ").append(body.length).append(" bytes] ");
      String shown = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
      return text.append(shown).append(body.length > 300 ? "..." : "").toString();
    }
  }

  /** How the body is delimited on the wire. */
  enum Framing {
    /** Content-Length: the body's size. */
    LENGTH,
    /** Transfer-Encoding: chunked, in chunks of random sizes. */
    CHUNKED,
    /** Content-Length smaller than the body; the rest is never read. */
    SHORT_LENGTH,
    /** Content-Length larger than the body, then the client stops sending (half-close). */
    LONG_LENGTH,
    /** A Content-Length header that is no number, or two different ones. */
    BAD_LENGTH,
  }

  /** An answer: status, headers (lower-case names) and the body as received. */
  record Response(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private RawHttp() {}

  static Response send(int port, Request request, long chunkSeed) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head(request).getBytes(StandardCharsets.ISO_8859_1));
        if (request.framing() == Framing.CHUNKED) {
          writeChunked(out, request.body(), chunkSeed);
        } else {
          out.write(request.body());
        }
        out.flush();
        if (request.framing() == Framing.LONG_LENGTH) {
          socket.shutdownOutput();
        }
      } catch (IOException e) {
        // The server may answer, and close, before it read the whole body (a refused head):
        // its answer is still there to read.
      }
      return read(socket.getInputStream());
    } catch (SocketTimeoutException e) {
      throw new IllegalStateException("no answer within 30 s", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String head(Request request) {
    StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
        .append(" HTTP/1.1\r\n");
    request.headers().forEach((name, value) ->
        head.append(name).append(": ").append(value).append("\r\n"));
    byte[] body = request.body();
    switch (request.framing()) {
      case LENGTH -> head.append("Content-Length: ").append(body.length).append("\r\n");
      case CHUNKED -> head.append("Transfer-Encoding: chunked\r\n");
      case SHORT_LENGTH -> head.append("Content-Length: ").append(body.length / 2).append("\r\n");
      case LONG_LENGTH -> head.append("Content-Length: ").append(body.length + 10).append("\r\n");
      case BAD_LENGTH -> head.append(body.length % 2 == 0
          ? "Content-Length: " + body.length + "\r\nContent-Length: " + (body.length + 1) + "\r\n"
          : "Content-Length: 12abc\r\n");
    }
    return head.append("Connection: close\r\n\r\n").toString();
  }

  private static void writeChunked(OutputStream out, byte[] body, long seed) throws IOException {
    Random random = new Random(seed);
    int at = 0;
    while (at < body.length) {
      int size = Math.min(body.length - at, 1 + random.nextInt(random.nextBoolean() ? 16 : 4096));
      out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, at, size);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      at += size;
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static Response read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    int at = 0;
    while (true) {
      int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
      if (end < 0) {
        throw new IllegalStateException("no complete answer: "
            + new String(all, StandardCharsets.ISO_8859_1));
      }
      String[] lines = new String(all, at, end - at, StandardCharsets.ISO_8859_1).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      at = end + 4;
      if (status >= 100 && status < 200) {
        continue; // 100 Continue comes before the answer
      }
      byte[] rest = Arrays.copyOfRange(all, at, all.length);
      boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
      return new Response(status, headers, chunked ? unchunk(rest) : rest);
    }
  }

  private static byte[] unchunk(byte[] raw) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < raw.length) {
      int lineEnd = indexOf(raw, new byte[] {'\r', '\n'}, at);
      if (lineEnd < 0) {
        break; // cut short: keep what came
      }
      String sizeText = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0];
      int size = Integer.parseInt(sizeText.trim(), 16);
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      body.write(raw, start, Math.min(size, raw.length - start));
      at = start + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] part, int from) {
    outer:
    for (int i = from; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
