package io.crmkit.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private static final Organisation ORG =
      Organisation.of(
          List.of(
              Member.builder("boss").roles(Role.ADMINISTRATOR).build(),
              Member.builder("lena").roles(Role.SUPERVISOR).build(),
              Member.builder("omar").roles(Role.SUPERVISOR).build(),
              Member.builder("ana").roles(Role.AGENT).build(),
              Member.builder("ben").roles(Role.AGENT).build(),
              Member.builder("cem").roles(Role.AGENT).build()),
          List.of(
              Team.of("support", "Support", "boss"),
              Team.of("eu", "Support EU", "lena", "ana", "ben").under("support"),
              Team.of("us", "Support US", "omar", "cem").under("support")));

  private static MemberId id(String s) {
    return MemberId.of(s);
  }

  @Test
  void managers_lead_their_team_and_every_team_below_it() {
    assertThat(ORG.managersOf(id("ana"))).containsExactly(id("lena"), id("boss"));
    assertThat(ORG.managersOf(id("lena"))).containsExactly(id("boss"));
    assertThat(ORG.manages(id("boss"), id("cem"))).isTrue();
    assertThat(ORG.manages(id("lena"), id("cem"))).isFalse();
    assertThat(ORG.manages(id("ana"), id("ana"))).isFalse();
  }

  @Test
  void members_under_a_team_include_its_subteams() {
    assertThat(ORG.membersUnder(TeamId.of("support")))
        .containsExactly(id("ana"), id("ben"), id("boss"), id("cem"), id("lena"), id("omar"));
    assertThat(ORG.membersUnder(TeamId.of("eu"))).containsExactly(id("ana"), id("ben"), id("lena"));
    assertThat(ORG.subteams(TeamId.of("support")))
        .containsExactly(TeamId.of("eu"), TeamId.of("us"));
    assertThat(ORG.ancestors(TeamId.of("us"))).containsExactly(TeamId.of("support"));
  }

  @Test
  void unknown_members_parents_and_cycles_are_refused() {
    List<Member> two = List.of(Member.builder("a").build(), Member.builder("b").build());
    assertThatThrownBy(() -> Organisation.of(two, List.of(Team.of("t", "T", "zed"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("manager zed of team t");
    assertThatThrownBy(() -> Organisation.of(two, List.of(Team.of("t", "T", "a").under("nope"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent nope of team t");
    assertThatThrownBy(
            () ->
                Organisation.of(
                    two,
                    List.of(Team.of("t", "T", "a").under("u"), Team.of("u", "U", "b").under("t"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle");
  }

  @Test
  void a_member_validates_and_prints_its_profile() {
    Member ana =
        Member.builder("ana")
            .name("Ana Ruiz")
            .roles(Role.AGENT)
            .skills("billing")
            .territories("EU")
            .languages("es", "en")
            .capacity(20)
            .build();
    assertThat(ana)
        .hasToString(
            "Member[ana 'Ana Ruiz', roles [agent], skills [billing], language [en, es], territory [EU], capacity 20]");
    assertThat(ana.covers(AttributeKey.LANGUAGE, "es")).isTrue();
    assertThat(ana.shops()).isEmpty();
    assertThatThrownBy(() -> Member.builder("x").capacity(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity of member x must be >= 0 open items but was: -1");
    assertThatThrownBy(() -> Member.builder("x").weight(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight of member x must be >= 1");
  }
}
