package dev.dialtone.runtime.db;

import static dev.dialtone.db.Tables.FLOWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Why {@link JooqSetup} renders names the way it does, shown on both databases. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class JooqSetupIT {

  @Parameter TestDatabase database;

  @Test
  void detectsTheDialectFromTheDataSource() {
    assertThat(JooqSetup.dialectOf(database.dataSource())).isEqualTo(database.dialect());
    assertThat(database.dsl().dialect()).isEqualTo(database.dialect());
  }

  @Test
  void rendersTheGeneratedUpperCaseNamesUnquotedInLowerCase() {
    String sql =
        DSL.using(database.dialect(), JooqSetup.settings(new Settings()))
            .render(DSL.select(FLOWS.ID).from(FLOWS).orderBy(FLOWS.NAME));

    assertThat(sql).isEqualTo("select flows.id from flows order by flows.name");
  }

  @Test
  void theGeneratedNamesRunOnThisDatabase() {
    assertThat(database.dsl().fetchCount(FLOWS)).isNotNegative();
  }

  /**
   * The control: jOOQ's default quotes the names it generated from H2, which PostgreSQL does not
   * know.
   */
  @Test
  void quotedGeneratedNamesWorkOnlyOnH2() {
    var quoting = DSL.using(database.dataSource(), database.dialect());

    if (database == TestDatabase.H2) {
      assertThat(quoting.fetchCount(FLOWS)).isNotNegative();
    } else {
      assertThatThrownBy(() -> quoting.fetchCount(FLOWS))
          .hasMessageContaining("relation \"FLOWS\" does not exist");
    }
  }
}
