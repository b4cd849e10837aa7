package org.papergraph.cli.bench;

import java.util.List;

/**
 * Sentence templates of the generated abstracts. Slots: {@code {P}} the proposed (coined) name,
 * {@code {M}} model, {@code {D}} dataset, {@code {B}} benchmark, {@code {K}} metric, {@code {T}}
 * task, {@code {X}} method, {@code {O}} organization, {@code {L}} language, {@code {V}} a
 * percentage, {@code {N}} a score, {@code {G}} a small gain, {@code {S}} a parameter count,
 * {@code {A}} an adjective.
 */
final class AbstractTemplates {

  private AbstractTemplates() {}

  static final List<String> TITLES = List.of(
      "{P}: {A} {X} for {T}",
      "{P}: Scaling {X} to {T}",
      "Towards Better {T} with {P}",
      "{P}: Revisiting {X} for {T} in {L}",
      "Improving {T} on {B} with {P}",
      "{P}: Efficient {T} with {X} and {X}");

  static final List<String> OPENERS = List.of(
      "{T} remains a central challenge for modern machine learning systems, and recent work has"
          + " relied heavily on {X} and large pretrained models such as {M}.",
      "Large language models such as {M} and {M} have shown remarkable progress on {T}, yet their"
          + " behaviour on {B} is still poorly understood.",
      "Despite rapid progress in {T}, existing approaches based on {X} often fail to generalize"
          + " beyond the data they were trained on.",
      "Recent advances in {X} have enabled strong results in {T}, but these gains come at a"
          + " substantial computational cost that limits their use in practice.");

  static final List<String> PROPOSALS = List.of(
      "In this paper, we propose {P}, a {a} framework for {T} that combines {X} with {X}.",
      "We introduce {P}, a {a} model for {T} built on {X}.",
      "To address this, we present {P}, a {a} approach to {T} that relies on {X} rather than {X}.");

  static final List<String> BODY = List.of(
      "Our method is trained on {D} and {D} and evaluated on {B}, {B} and {B}.",
      "{P} achieves {V} {K} on {B}, outperforming {M} by {G} points.",
      "On {B}, {P} improves {K} from {N} to {N} while using fewer parameters than {M}.",
      "The largest variant, {P}-{S}, is pretrained on {N} billion tokens drawn from {D}.",
      "We further show that {X} and {X} are complementary, and that {P} transfers to {L} and {L}"
          + " with little loss in {K}.",
      "Experiments conducted with researchers from {O} and {O} show consistent gains across {T}"
          + " and {T}.",
      "Compared with strong baselines including {M}, {M} and {M}, our model reaches {V} {K} on {B}"
          + " and {V} on {B}.",
      "Ablation studies confirm that each component contributes, with {X} accounting for most of"
          + " the improvement in {K}.",
      "Human evaluation on {D} further indicates that outputs of {P} are preferred over those of"
          + " {M} in {V} of cases.",
      "Our analysis reveals that the gains are largest in low-resource settings such as {L}, where"
          + " {M} performs poorly.",
      "With only {S} parameters, {P} matches the {K} of {M} on {B} and exceeds it on {B}.");

  /** Short sentences without names; they fill up to the target length. */
  static final List<String> FILLERS = List.of(
      "These results suggest that careful data selection matters as much as model scale.",
      "The approach is simple to implement and adds negligible overhead at inference time.",
      "We discuss limitations and directions for future work.",
      "We hope this work encourages more rigorous evaluation practices.");

  static final String CODE = "Code and models are available at https://github.com/{U}/{R}.";

  static final List<String> ADJECTIVES = List.of(
      "simple", "scalable", "unified", "lightweight", "robust", "modular", "data-efficient",
      "general-purpose");

  static final List<String> OWNERS = List.of(
      "ml-lab", "nlp-group", "openresearch", "vision-team", "ai-institute", "deep-learning-hub");
}
