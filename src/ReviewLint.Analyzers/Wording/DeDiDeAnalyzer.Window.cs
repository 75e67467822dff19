using System.Collections.Frozen;
using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2002, the reading window around a particle, its findings and the token list with glued words split.</summary>
public sealed partial class DeDiDeAnalyzer
{
    /// <summary>A token list with a few tokens replaced by their pieces, read through without copying the other tokens
    /// (a document holds thousands of tokens and usually a handful of glued ones).</summary>
    private sealed class SplitTokenList : IReadOnlyList<Token>
    {
        private readonly TokenList _tokens;
        private readonly (int Index, Token[] Pieces)[] _splits;
        private readonly int[] _firstPiece;

        public SplitTokenList(TokenList tokens, List<(int Index, Token[] Pieces)> splits)
        {
            _tokens = tokens;
            _splits = [.. splits];
            _firstPiece = new int[_splits.Length];
            int shift = 0;
            for (int j = 0; j < _splits.Length; j++)
            {
                _firstPiece[j] = _splits[j].Index + shift;
                shift += _splits[j].Pieces.Length - 1;
            }
            Count = tokens.Count + shift;
        }

        public int Count { get; }

        public Token this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                // The last split starting at or before the index: inside its pieces, or past them by their extra count.
                int j = Array.BinarySearch(_firstPiece, index);
                if (j < 0) j = ~j - 1;
                if (j < 0) return _tokens[index];
                var (original, pieces) = _splits[j];
                int offset = index - _firstPiece[j];
                return offset < pieces.Length ? pieces[offset] : _tokens[original + offset - pieces.Length + 1];
            }
        }

        public IEnumerator<Token> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private readonly record struct Finding(string Right, string Pattern, string Reason, DiagnosticSeverity Severity = DiagnosticSeverity.Warning, bool IsSafe = false);

    /// <summary>The tokens around a 的/地/得 token at <c>index</c>, with their word classes.</summary>
    private readonly struct Window(IReadOnlyList<Token> tokens, int index, DeDiDeLexicon lexicon, ITokenizer tokenizer)
    {
        public DeDiDeLexicon Lexicon => lexicon;
        public ITokenizer Tokenizer => tokenizer;
        public Token Particle => tokens[index];
        public Token Previous => tokens[index - 1];
        public Token Next => tokens[index + 1];
        public Token? BeforePrevious => index >= 2 && tokens[index - 2].IsHan && tokens[index - 2].End == Previous.Start ? tokens[index - 2] : null;
        public Token? BeforeBeforePrevious => index >= 3 && BeforePrevious is { } before && tokens[index - 3].IsHan && tokens[index - 3].End == before.Start ? tokens[index - 3] : null;
        public Token? AfterNext => index + 2 < tokens.Count && tokens[index + 2].Start == Next.End ? tokens[index + 2] : null;

        /// <summary>The token <paramref name="offset"/> places after the particle (before it when negative), if any.</summary>
        public Token? TokenAt(int offset) => index + offset >= 0 && index + offset < tokens.Count ? tokens[index + offset] : null;

        /// <summary>The token right after <see cref="AfterNext"/>, if adjacent.</summary>
        public Token? AfterPredicate => AfterNext is { } after && index + 3 < tokens.Count && tokens[index + 3].Start == after.End ? tokens[index + 3] : null;
        public WordClass PreviousClass => lexicon.ClassOf(Previous.Text);
        public WordClass NextClass => lexicon.ClassOf(Next.Text);
        public bool PreviousIsAdjacentHan => Previous.IsHan && Previous.End == tokens[index].Start;
        public bool NextIsAdjacentHan => index + 1 < tokens.Count && Next.IsHan && Next.Start == tokens[index].End;

        /// <summary>How many Han words stand between the last of <paramref name="words"/> in the clause before the particle and the word
        /// before the particle; -1 when none of them is in the clause.</summary>
        public int WordsSinceInClause(FrozenSet<string> words)
        {
            int between = 0;
            for (int k = index - 2; k >= 0; k--)
            {
                var token = tokens[k];
                if (!token.IsHan) return -1;
                if (words.Contains(token.Text)) return between;
                between++;
            }
            return -1;
        }

        /// <summary>The Han words after <see cref="AfterNext"/> up to the end of the clause are nouns or verbal nouns, at most
        /// <paramref name="most"/> of them (应付检查考核。: the object goes on; 应付心态依然存在: a predicate follows the noun phrase).</summary>
        public bool OnlyNounsToClauseEnd(int most)
        {
            for (int k = index + 3; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (token.Kind is TokenKind.Punctuation or TokenKind.Whitespace) return true;
                if (k > index + 2 + most || !token.IsHan || lexicon.ClassOf(token.Text) is not (WordClass.Nominal or WordClass.VerbalNoun)) return false;
            }
            return true;
        }

        /// <summary>The last Han word before the punctuation (other than 、) or line end that closes the clause after the particle.</summary>
        public Token? LastWordOfClause()
        {
            Token? last = null;
            for (int k = index + 1; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (token.IsHan) last = token;
                else if (token.Text != "、") break;
            }
            return last;
        }

        /// <summary>The token right after the particle, if any.</summary>
        public Token? Following => index + 1 < tokens.Count ? tokens[index + 1] : null;

        /// <summary>The particle itself is followed by punctuation or the end.</summary>
        public bool ClosesClause => index + 1 == tokens.Count || tokens[index + 1].Kind == TokenKind.Punctuation;

        /// <summary>The next word is followed by what follows a verb: a pronoun object, a preposition, an aspect particle, a directional
        /// complement.</summary>
        public bool NextTakesObject => AfterNext is { } after && (after.Text is "了" or "着" or "过" || HasDirectional
            || lexicon.ClassOf(after.Text) is WordClass.Pronoun or WordClass.Preposition);

        /// <summary>The next word is followed by a directional complement, so it is a verb (生动地串联起…: dict.txt tags 串联 ns).</summary>
        public bool HasDirectional => AfterNext is { Text: "起" or "起来" or "出" or "出来" or "成" };

        /// <summary>The token after the next one is punctuation or the end.</summary>
        public bool NextClosesClause => AfterNext is not { } after || after.Kind == TokenKind.Punctuation;

        /// <summary>The token after the next one is punctuation, the end, a word that closes a noun phrase (的, 是, 和 …) or a verb (its predicate).</summary>
        public bool NextClosesPhrase => AfterNext is not { } after || !after.IsHan || after.Text is "的" or "是" or "和" or "与" or "及" or "等"
            || lexicon.ClassOf(after.Text) is WordClass.Verb;
    }
}
