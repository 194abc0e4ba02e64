package org.communitychest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An SMTP server that has hung: it accepts connections and never says a word, as a stuck mail relay does. */
public final class HungSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private HungSmtpServer(ServerSocket server) {
        this.server = server;
        var acceptor = new Thread(this::acceptForever, "hung-smtp-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static HungSmtpServer start() {
        try {
            return new HungSmtpServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How many clients have connected and are waiting for a greeting that never comes. */
    public int connections() {
        return accepted.size();
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                accepted.add(server.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }
}
