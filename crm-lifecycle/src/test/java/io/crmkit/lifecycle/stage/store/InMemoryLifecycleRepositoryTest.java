package io.crmkit.lifecycle.stage.store;

import static io.crmkit.lifecycle.stage.Fixtures.T0;
import static io.crmkit.lifecycle.stage.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.Outcome;
import io.crmkit.lifecycle.stage.StageListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryLifecycleRepositoryTest {

  static LifecycleRepository newRepository() {
    return InMemoryLifecycleRepository.create();
  }

  @Test
  void service_notifies_listeners_after_storing_and_ignores_duplicates() {
    LifecycleRepository repo = newRepository();
    List<String> heard = new ArrayList<>();
    LifecycleEngine engine =
        LifecycleEngine.of(DefaultLifecycle.definition())
            .withListener(
                StageListener.onEntering(
                    DefaultLifecycle.NEW,
                    c ->
                        heard.add(
                            "stored "
                                + repo.find(c.subjectId()).map(Versioned::version).orElse(0L))));
    LifecycleService service = LifecycleService.of(engine, repo);
    service.start("c1", T0);
    assertThat(service.handle(purchase("p1", 1, "10")).result()).isEqualTo(Outcome.Result.MOVED);
    assertThat(service.handle(purchase("p1", 1, "10")).result())
        .isEqualTo(Outcome.Result.DUPLICATE);
    assertThat(heard).containsExactly("stored 2");
    assertThat(repo.find("c1").orElseThrow().version()).isEqualTo(2);
  }
}
