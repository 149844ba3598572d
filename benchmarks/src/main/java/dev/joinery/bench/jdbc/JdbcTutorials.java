package dev.joinery.bench.jdbc;

import dev.joinery.bench.model.Comment;
import dev.joinery.bench.model.Tag;
import dev.joinery.bench.model.Tutorial;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tutorials with their comments and tags written by hand with JDBC, with the plan a careful
 * programmer would choose: the tutorials in one SELECT, then each to-many association in one
 * {@code WHERE … IN (…)} SELECT over all their keys (split past 10,000 keys, as the engine does),
 * stitched through a hash map; inserts batched with generated keys. Reads of several statements
 * and each create run in one transaction, as the generated DAO's do, so both give the same
 * guarantees (one snapshot; nothing half-written).
 *
 * <p>Statements are counted by hand: each {@code executeQuery}, {@code executeUpdate} and
 * {@code executeBatch} is one.
 */
public final class JdbcTutorials {
  private static final int KEYS_PER_STATEMENT = 10_000;
  private static final String TUTORIAL_COLUMNS =
      "t.\"id\", t.\"title\", t.\"description\", t.\"published\", t.\"created_at\", t.\"updated_at\"";

  private final JdbcTypes types;
  private final String findAll;
  private final String findByPk;
  private final String publishedPage;
  private final String commentsIn;
  private final String commentsOf;
  private final String tagsIn;
  private final String insertTutorial;
  private final String insertComment;
  private int statements;

  public JdbcTutorials(JdbcTypes types) {
    this.types = types;
    this.findAll = types.sql("SELECT " + TUTORIAL_COLUMNS + " FROM \"tutorials\" t");
    this.findByPk = types.sql("SELECT " + TUTORIAL_COLUMNS + " FROM \"tutorials\" t WHERE t.\"id\" = ?");
    this.publishedPage = types.sql("SELECT " + TUTORIAL_COLUMNS
        + " FROM \"tutorials\" t WHERE t.\"published\" = ? ORDER BY t.\"id\" LIMIT ? OFFSET ?");
    String comments = "SELECT c.\"id\", c.\"name\", c.\"text\", c.\"created_at\", c.\"tutorial_id\" "
        + "FROM \"comments\" c WHERE c.\"tutorial_id\"";
    this.commentsIn = types.sql(comments + " IN (");
    this.commentsOf = types.sql(comments + " = ?");
    this.tagsIn = types.sql("SELECT g.\"id\", g.\"name\", j.\"tutorial_id\" FROM \"tutorial_tags\" j "
        + "INNER JOIN \"tags\" g ON g.\"id\" = j.\"tag_id\" WHERE j.\"tutorial_id\" IN (");
    this.insertTutorial = types.sql("INSERT INTO \"tutorials\" (\"title\", \"description\", "
        + "\"published\", \"created_at\", \"updated_at\") VALUES (?, ?, ?, ?, ?)");
    this.insertComment = types.sql("INSERT INTO \"comments\" (\"name\", \"text\", \"created_at\", "
        + "\"tutorial_id\") VALUES (?, ?, ?, ?)");
  }

  /** Statements executed so far. */
  public int statements() {
    return statements;
  }

  /** Scenario 2: every tutorial with its comments. */
  public List<Tutorial> findAllWithComments(Connection connection) throws SQLException {
    return inTransaction(connection, () -> {
      List<Tutorial> tutorials = tutorials(connection, findAll, null);
      return withComments(tutorials, comments(connection, tutorials));
    });
  }

  /** Scenario 3: every tutorial with its tags. */
  public List<Tutorial> findAllWithTags(Connection connection) throws SQLException {
    return inTransaction(connection, () -> {
      List<Tutorial> tutorials = tutorials(connection, findAll, null);
      Map<Long, List<Tag>> tags = newLists(tutorials);
      List<Long> keys = keys(tutorials);
      for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
        List<Long> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT));
        try (PreparedStatement ps = connection.prepareStatement(
            tagsIn + JdbcTypes.placeholders(chunk.size()) + ")")) {
          bindKeys(ps, chunk);
          statements++;
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              tags.get(rs.getLong(3)).add(new Tag(rs.getLong(1), rs.getString(2), null));
            }
          }
        }
      }
      List<Tutorial> result = new ArrayList<>(tutorials.size());
      for (Tutorial t : tutorials) {
        result.add(new Tutorial(t.id(), t.title(), t.description(), t.published(), t.createdAt(),
            t.updatedAt(), null, tags.get(t.id())));
      }
      return result;
    });
  }

  /** Scenario 4: one tutorial by key with its comments, or null. */
  public Tutorial findByPkWithComments(Connection connection, long id) throws SQLException {
    return inTransaction(connection, () -> {
      List<Tutorial> found = tutorials(connection, findByPk, ps -> ps.setLong(1, id));
      if (found.isEmpty()) {
        return null;
      }
      Tutorial t = found.get(0);
      List<Comment> comments = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(commentsOf)) {
        ps.setLong(1, id);
        statements++;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            comments.add(comment(rs));
          }
        }
      }
      return new Tutorial(t.id(), t.title(), t.description(), t.published(), t.createdAt(),
          t.updatedAt(), comments, null);
    });
  }

  /** Scenario 6: one page of the published tutorials, by id, with their comments. */
  public List<Tutorial> publishedPageWithComments(Connection connection, int limit, int offset)
      throws SQLException {
    return inTransaction(connection, () -> {
      List<Tutorial> tutorials = tutorials(connection, publishedPage, ps -> {
        ps.setBoolean(1, true);
        ps.setInt(2, limit);
        ps.setInt(3, offset);
      });
      return withComments(tutorials, comments(connection, tutorials));
    });
  }

  /**
   * Scenario 5: inserts {@code tutorial} and its comments in one transaction; returns the tree
   * with keys, foreign keys and timestamps filled, as the generated nested create does.
   */
  public Tutorial createWithComments(Connection connection, Tutorial tutorial) throws SQLException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return inTransaction(connection, () -> {
      Instant createdAt = tutorial.createdAt() == null ? now : tutorial.createdAt();
      long id;
      try (PreparedStatement ps = connection.prepareStatement(insertTutorial, new String[] {"id"})) {
        ps.setString(1, tutorial.title());
        ps.setString(2, tutorial.description());
        ps.setBoolean(3, tutorial.published());
        types.bindInstant(ps, 4, createdAt);
        types.bindInstant(ps, 5, now);
        statements++;
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      List<Comment> given = tutorial.comments();
      List<Comment> comments = null;
      if (given != null) {
        comments = new ArrayList<>(given.size());
        if (!given.isEmpty()) {
          try (PreparedStatement ps = connection.prepareStatement(insertComment, new String[] {"id"})) {
            for (Comment c : given) {
              ps.setString(1, c.name());
              ps.setString(2, c.text());
              types.bindInstant(ps, 3, c.createdAt() == null ? now : c.createdAt());
              ps.setLong(4, id);
              ps.addBatch();
            }
            statements++;
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              for (Comment c : given) {
                keys.next();
                comments.add(new Comment(keys.getLong(1), c.name(), c.text(),
                    c.createdAt() == null ? now : c.createdAt(), id, null));
              }
            }
          }
        }
      }
      return new Tutorial(id, tutorial.title(), tutorial.description(), tutorial.published(),
          createdAt, now, comments, null);
    });
  }

  // ---- the pieces

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<Tutorial> tutorials(Connection connection, String sql, Binder binder)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (binder != null) {
        binder.bind(ps);
      }
      statements++;
      try (ResultSet rs = ps.executeQuery()) {
        List<Tutorial> tutorials = new ArrayList<>();
        while (rs.next()) {
          tutorials.add(new Tutorial(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getBoolean(4), types.readInstant(rs, 5), types.readInstant(rs, 6), null, null));
        }
        return tutorials;
      }
    }
  }

  /** The comments of {@code tutorials} by tutorial key, in {@code IN} statements of 10,000 keys. */
  private Map<Long, List<Comment>> comments(Connection connection, List<Tutorial> tutorials)
      throws SQLException {
    Map<Long, List<Comment>> comments = newLists(tutorials);
    List<Long> keys = keys(tutorials);
    for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
      List<Long> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT));
      try (PreparedStatement ps = connection.prepareStatement(
          commentsIn + JdbcTypes.placeholders(chunk.size()) + ")")) {
        bindKeys(ps, chunk);
        statements++;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Comment comment = comment(rs);
            comments.get(comment.tutorialId()).add(comment);
          }
        }
      }
    }
    return comments;
  }

  private Comment comment(ResultSet rs) throws SQLException {
    return new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), types.readInstant(rs, 4),
        rs.getLong(5), null);
  }

  private static List<Tutorial> withComments(List<Tutorial> tutorials,
      Map<Long, List<Comment>> comments) {
    List<Tutorial> result = new ArrayList<>(tutorials.size());
    for (Tutorial t : tutorials) {
      result.add(new Tutorial(t.id(), t.title(), t.description(), t.published(), t.createdAt(),
          t.updatedAt(), comments.get(t.id()), null));
    }
    return result;
  }

  private static <V> Map<Long, List<V>> newLists(List<Tutorial> tutorials) {
    Map<Long, List<V>> lists = new HashMap<>(tutorials.size() * 2);
    for (Tutorial t : tutorials) {
      lists.put(t.id(), new ArrayList<>());
    }
    return lists;
  }

  private static List<Long> keys(List<Tutorial> tutorials) {
    List<Long> keys = new ArrayList<>(tutorials.size());
    for (Tutorial t : tutorials) {
      keys.add(t.id());
    }
    return keys;
  }

  private static void bindKeys(PreparedStatement ps, List<Long> keys) throws SQLException {
    for (int i = 0; i < keys.size(); i++) {
      ps.setLong(i + 1, keys.get(i));
    }
  }

  private interface Work<R> {
    R run() throws SQLException;
  }

  private static <R> R inTransaction(Connection connection, Work<R> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      R result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
