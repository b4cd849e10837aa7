package org.papergraph.ingest.text;

import java.util.Map;

/** LaTeX control words with a plain Unicode equivalent, and the accent commands. */
final class LatexTables {

  private LatexTables() {}

  /** Control words (without backslash) replaced by a symbol wherever they occur. */
  static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("times", "×"), Map.entry("sim", "~"), Map.entry("approx", "≈"),
      Map.entry("simeq", "≃"), Map.entry("geq", "≥"), Map.entry("ge", "≥"),
      Map.entry("geqslant", "≥"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
      Map.entry("leqslant", "≤"), Map.entry("neq", "≠"), Map.entry("ne", "≠"),
      Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("cdot", "·"), Map.entry("cdots", "⋯"),
      Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("infty", "∞"),
      Map.entry("rightarrow", "→"), Map.entry("to", "→"), Map.entry("leftarrow", "←"),
      Map.entry("Rightarrow", "⇒"), Map.entry("leftrightarrow", "↔"), Map.entry("mapsto", "↦"),
      Map.entry("uparrow", "↑"), Map.entry("downarrow", "↓"), Map.entry("in", "∈"),
      Map.entry("notin", "∉"), Map.entry("subset", "⊂"), Map.entry("subseteq", "⊆"),
      Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("forall", "∀"),
      Map.entry("exists", "∃"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"),
      Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("int", "∫"),
      Map.entry("sqrt", "√"), Map.entry("propto", "∝"), Map.entry("ll", "≪"),
      Map.entry("gg", "≫"), Map.entry("equiv", "≡"), Map.entry("div", "÷"),
      Map.entry("circ", "∘"), Map.entry("ast", "∗"), Map.entry("star", "⋆"),
      Map.entry("prime", "′"), Map.entry("degree", "°"), Map.entry("checkmark", "✓"),
      Map.entry("dagger", "†"), Map.entry("ell", "ℓ"), Map.entry("hbar", "ℏ"),
      Map.entry("log", "log"), Map.entry("exp", "exp"), Map.entry("max", "max"),
      Map.entry("min", "min"), Map.entry("textasciitilde", "~"), Map.entry("textendash", "–"),
      Map.entry("textemdash", "—"), Map.entry("quad", " "), Map.entry("qquad", " "),
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
      Map.entry("delta", "δ"), Map.entry("epsilon", "ϵ"), Map.entry("varepsilon", "ε"),
      Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
      Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
      Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
      Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
      Map.entry("upsilon", "υ"), Map.entry("phi", "ϕ"), Map.entry("varphi", "φ"),
      Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
      Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
      Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
      Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"),
      Map.entry("Omega", "Ω"), Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"),
      Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("aa", "å"), Map.entry("AA", "Å"),
      Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("S", "§"));

  /** Commands with one argument that only format it: {@code \emph{x}} becomes {@code x}. */
  static final String FORMATTING = "emph|textbf|textit|texttt|textsc|textrm|textsf|textup"
      + "|textnormal|textmd|mathrm|mathbf|mathit|mathsf|mathtt|mathcal|mathscr|mathfrak"
      + "|boldsymbol|bm|text|mbox|hbox|underline|url|operatorname|textsuperscript|textsubscript";

  /** {@code \mathbb{R}} and friends. */
  static final Map<String, String> DOUBLE_STRUCK = Map.of(
      "R", "ℝ", "N", "ℕ", "Z", "ℤ", "Q", "ℚ", "C", "ℂ", "E", "𝔼", "P", "ℙ");

  /** Accent command character to combining mark. */
  static final Map<Character, Character> ACCENTS = Map.ofEntries(
      Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'),
      Map.entry('"', '\u0308'), Map.entry('~', '\u0303'), Map.entry('=', '\u0304'),
      Map.entry('.', '\u0307'), Map.entry('c', '\u0327'), Map.entry('v', '\u030C'),
      Map.entry('u', '\u0306'), Map.entry('H', '\u030B'), Map.entry('k', '\u0328'),
      Map.entry('r', '\u030A'));
}
