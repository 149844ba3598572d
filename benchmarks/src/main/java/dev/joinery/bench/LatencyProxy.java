package dev.joinery.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback TCP proxy that delays every packet by a fixed time each way, so that round trips
 * cost what they cost on a network: with 0.25 ms each way, a query and its answer take at least
 * 0.5 ms more than on the loopback, whatever their size. What arrives is forwarded unchanged and in
 * order, each read of the socket (a packet, or what the kernel gathered) no earlier than
 * {@code delay} after it arrived; a reader and a writer thread per direction, so that the delay
 * adds latency without limiting throughput. Parking is precise to some tens of microseconds on
 * Linux, so the delay is at least the one asked for, and a little more.
 *
 * <pre>{@code
 * try (LatencyProxy proxy = LatencyProxy.start("127.0.0.1", 3306, 250_000)) {
 *   String url = "jdbc:mysql://127.0.0.1:" + proxy.port() + "/db";
 * }
 * }</pre>
 */
public final class LatencyProxy implements AutoCloseable {
  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final long delayNanos;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private LatencyProxy(ServerSocket server, String targetHost, int targetPort, long delayNanos) {
    this.server = server;
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.delayNanos = delayNanos;
  }

  /** Listens on an ephemeral loopback port, forwarding to {@code host:port}. */
  public static LatencyProxy start(String host, int port, long delayNanos) {
    try {
      ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      LatencyProxy proxy = new LatencyProxy(server, host, port, delayNanos);
      Thread acceptor = new Thread(proxy::accept, "latency-proxy-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      return proxy;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the latency proxy: " + e.getMessage(), e);
    }
  }

  /** The loopback port to connect to instead of the target's. */
  public int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        Socket target = new Socket();
        target.connect(new InetSocketAddress(targetHost, targetPort));
        client.setTcpNoDelay(true);
        target.setTcpNoDelay(true);
        sockets.add(client);
        sockets.add(target);
        pipe(client, target, "up");
        pipe(target, client, "down");
      } catch (IOException e) {
        if (!closed) {
          System.err.println("[latency-proxy] " + e.getMessage());
        }
      }
    }
  }

  /** A chunk of bytes and when it may be written. */
  private record Packet(byte[] bytes, long due) {}

  private static final Packet END = new Packet(new byte[0], 0);

  private void pipe(Socket from, Socket to, String direction) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    BlockingQueue<Packet> queue = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      byte[] buffer = new byte[64 * 1024];
      try {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          queue.add(new Packet(Arrays.copyOf(buffer, n), System.nanoTime() + delayNanos));
        }
      } catch (IOException e) {
        // the other side closed; the writer ends the pair
      }
      queue.add(END);
    }, "latency-proxy-" + direction + "-read");
    Thread writer = new Thread(() -> {
      try {
        while (true) {
          Packet packet = queue.take();
          if (packet == END) {
            break;
          }
          long wait;
          while ((wait = packet.due() - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
          }
          out.write(packet.bytes());
          out.flush();
        }
      } catch (IOException | InterruptedException e) {
        // closing
      }
      closeQuietly(from);
      closeQuietly(to);
    }, "latency-proxy-" + direction + "-write");
    reader.setDaemon(true);
    writer.setDaemon(true);
    reader.start();
    writer.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
  }
}
