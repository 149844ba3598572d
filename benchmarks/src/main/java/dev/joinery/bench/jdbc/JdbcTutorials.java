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
 * Tutorials with their comments and tags written by hand with JDBC, with the best plan a careful
 * programmer picks for each shape, whatever the DAO does: many tutorials in one SELECT, then each
 * to-many association in one {@code WHERE … IN (…)} SELECT over all their keys (split past
 * 10,000 keys), stitched through a hash map; one tutorial by key with its comments in one
 * {@code LEFT JOIN}; inserts batched with generated keys. Reads take no transaction (autocommit:
 * no transaction control round trips); each create is one transaction, and when the connection
 * is already out of autocommit (a caller creating many, as scenario 5 does) it only commits.
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
  private final String findByPkWithComments;
  private final String publishedPage;
  private final String commentsIn;
  private final String tagsIn;
  private final String insertTutorial;
  private final String insertComment;
  private int statements;

  public JdbcTutorials(JdbcTypes types) {
    this.types = types;
    this.findAll = types.sql("SELECT " + TUTORIAL_COLUMNS + " FROM \"tutorials\" t");
    this.findByPkWithComments = types.sql("SELECT " + TUTORIAL_COLUMNS
        + ", c.\"id\", c.\"name\", c.\"text\", c.\"created_at\" FROM \"tutorials\" t"
        + " LEFT JOIN \"comments\" c ON c.\"tutorial_id\" = t.\"id\" WHERE t.\"id\" = ?"
        + " ORDER BY c.\"id\"");
    this.publishedPage = types.sql("SELECT " + TUTORIAL_COLUMNS
        + " FROM \"tutorials\" t WHERE t.\"published\" = ? ORDER BY t.\"id\" LIMIT ? OFFSET ?");
    String comments = "SELECT c.\"id\", c.\"name\", c.\"text\", c.\"created_at\", c.\"tutorial_id\" "
        + "FROM \"comments\" c WHERE c.\"tutorial_id\"";
    this.commentsIn = types.sql(comments + " IN (");
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
    List<Tutorial> tutorials = tutorials(connection, findAll, null);
    return withComments(tutorials, comments(connection, tutorials));
  }

  /** Scenario 3: every tutorial with its tags. */
  public List<Tutorial> findAllWithTags(Connection connection) throws SQLException {
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
  }

  /**
   * Scenario 4: one tutorial by key with its comments, or null: one statement, the comments
   * joined (a tutorial without comments comes back as one row with NULL comment columns).
   */
  public Tutorial findByPkWithComments(Connection connection, long id) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(findByPkWithComments)) {
      ps.setLong(1, id);
      statements++;
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        Tutorial t = new Tutorial(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getBoolean(4), types.readInstant(rs, 5), types.readInstant(rs, 6), null, null);
        List<Comment> comments = new ArrayList<>();
        do {
          long commentId = rs.getLong(7);
          if (!rs.wasNull()) {
            comments.add(new Comment(commentId, rs.getString(8), rs.getString(9),
                types.readInstant(rs, 10), id, null));
          }
        } while (rs.next());
        return new Tutorial(t.id(), t.title(), t.description(), t.published(), t.createdAt(),
            t.updatedAt(), comments, null);
      }
    }
  }

  /** Scenario 6: one page of the published tutorials, by id, with their comments. */
  public List<Tutorial> publishedPageWithComments(Connection connection, int limit, int offset)
      throws SQLException {
    List<Tutorial> tutorials = tutorials(connection, publishedPage, ps -> {
      ps.setBoolean(1, true);
      ps.setInt(2, limit);
      ps.setInt(3, offset);
    });
    return withComments(tutorials, comments(connection, tutorials));
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

  /**
   * Runs {@code work} as one transaction: out of autocommit for it and back after, unless the
   * connection is out of autocommit already, where it only commits (or rolls back).
   */
  private static <R> R inTransaction(Connection connection, Work<R> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    try {
      R result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      if (autoCommit) {
        connection.setAutoCommit(true);
      }
    }
  }
}
