package dev.joinery.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the app and a database server, to cut the database off and bring it back
 * as an outage would: {@link #cut()} closes the listening socket and every relayed connection,
 * {@link #restore()} listens again on the same port.
 */
final class TcpProxy implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;
  private final int port;

  TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.port = server.getLocalPort();
    accept(server);
  }

  int port() {
    return port;
  }

  void cut() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  void restore() throws IOException {
    ServerSocket again = new ServerSocket();
    again.setReuseAddress(true);
    again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = again;
    accept(again);
  }

  private void accept(ServerSocket listening) {
    Thread thread = new Thread(() -> {
      while (!listening.isClosed()) {
        try {
          Socket client = listening.accept();
          Socket upstream = new Socket(targetHost, targetPort);
          sockets.add(client);
          sockets.add(upstream);
          pump(client, upstream);
          pump(upstream, client);
        } catch (IOException e) {
          // closed by cut(), or the target refused: the client sees its socket close
        }
      }
    }, "tcp-proxy-accept");
    thread.setDaemon(true);
    thread.start();
  }

  private static void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        in.transferTo(out);
      } catch (IOException e) {
        // one side closed
      } finally {
        try {
          from.close();
          to.close();
        } catch (IOException e) {
          // already closed
        }
      }
    }, "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
