package dev.joinery.it.takeover.sequelize.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.it.takeover.SequelizeJson;
import dev.joinery.it.takeover.SequelizeNode;
import dev.joinery.it.takeover.Takeover;
import dev.joinery.query.Query;
import dev.joinery.schema.Drift;
import dev.joinery.schema.SyncPlan;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.time.Instant;
import java.util.List;

/** Seed 002 on a database Sequelize synced and filled: tutorials with their comments. */
class TutorialsTakeoverTest {
  private static Query<Tutorial> findAll() {
    return Query.<Tutorial>include(TutorialTable.COMMENTS.include().orderBy(CommentTable.ID.asc()))
        .orderBy(TutorialTable.ID.asc());
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void joineryReadsAndWritesWhatSequelizeReadsAndWrites(TestDatabase db) {
    String sequelize = SequelizeNode.fill(db, "tutorials");
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);

    SyncPlan plan = Takeover.plan(db, TutorialTable.INSTANCE.definition(), CommentTable.INSTANCE.definition());
    assertThat(plan.statements()).isEqualTo(db.engine() == Engine.MARIADB ? List.of()
        : db.dialect().alterTable(CommentTable.INSTANCE.definition(), List.of(),
            CommentTable.INSTANCE.definition().indexes(), List.of()));
    assertThat(plan.drift()).isEmpty();

    assertThat(SequelizeJson.of(tutorials.findAllAsMaps(findAll())))
        .hasSize(3)
        .isEqualTo(SequelizeJson.parse(sequelize));

    Instant given = Instant.parse("2026-12-02T17:33:33.470672Z");
    Tutorial created = tutorials.create(new Tutorial(null, "Tut#4", "Written by Joinery", given,
        null, List.of(
            new Comment(null, "joinery", "Nested!", null, null, null, null),
            new Comment(null, "sequelize", "Read back.", null, null, null, null))),
        TutorialTable.COMMENTS);
    // The database's own precision, as Sequelize's: whole seconds in MariaDB's DATETIME,
    // microseconds in PostgreSQL's TIMESTAMP WITH TIME ZONE. What create returns is what a read
    // finds.
    assertThat(created.createdAt()).isEqualTo(db.engine() == Engine.MARIADB
        ? Instant.parse("2026-12-02T17:33:33Z") : given);
    Tutorial stored = tutorials.findByPk(created.id()).orElseThrow();
    assertThat(stored.createdAt()).isEqualTo(created.createdAt());
    assertThat(stored.updatedAt()).isEqualTo(created.updatedAt());
    List<Object> read = SequelizeJson.parse(SequelizeNode.read(db, "tutorials"));
    assertThat(read).hasSize(4)
        .isEqualTo(SequelizeJson.of(tutorials.findAllAsMaps(findAll())));
    assertThat(read.get(3).toString()).contains("title=Tut#4", "text=Nested!", "text=Read back.");
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void aColumnChangedBehindTheModelsBackIsReportedAndLeftAlone(TestDatabase db) {
    SequelizeNode.fill(db, "tutorials");
    db.execute(db.engine() == Engine.MARIADB
        ? "ALTER TABLE `comments` MODIFY `text` VARCHAR(100) NOT NULL"
        : "ALTER TABLE \"comments\" ALTER COLUMN \"text\" TYPE VARCHAR(100),"
            + " ALTER COLUMN \"text\" SET NOT NULL");

    SyncPlan plan = Takeover.plan(db, TutorialTable.INSTANCE.definition(), CommentTable.INSTANCE.definition());

    String varchar = db.engine() == Engine.MARIADB ? "varchar(100)" : "character varying(100)";
    assertThat(plan.drift()).contains(
        new Drift(Drift.Kind.LENGTH, "comments", "text", "VARCHAR(255)", varchar),
        new Drift(Drift.Kind.NULLABILITY, "comments", "text", "NULL", "NOT NULL"));
    assertThat(plan.statements()).noneMatch(statement -> statement.contains("\"text\"")
        || statement.contains("`text`"));
  }
}
