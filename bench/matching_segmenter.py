"""Does a Vietnamese word segmenter beat syllable bigrams? Measured with pyvi on the labelled file.

    pip install --no-deps --target /tmp/pyvipkg pyvi==0.1.1 sklearn-crfsuite python-crfsuite tabulate tqdm
    PYTHONPATH=/tmp/pyvipkg .venv/bin/python bench/matching_segmenter.py tests/data/matching_dev.json

The variant keeps everything of the engine but replaces the adjacent-syllable pairs by the multi-syllable
words pyvi finds ("dây_chuyền", "xử_lý", "nước_thải"), with the same weight. Prints the metrics of both and
the analysis time per post.

Since issue 12's round 2 the index analyses posts with matching/terms.py (integer terms), which does not
call `Analyzer._analyse`: an index built here no longer sees the segmented words, so its figures equal the
engine's. The measured figure (0.870 against 0.879 at 5× the analysis time) is the one of the matching
issue; porting the segmenter to terms.py would be needed to measure it again.
"""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matching import scoring
from matching.evaluation import engine_runs, load, mean_metrics
from matching.index import make_config
from matching.text import Analyzer, fold, has_vietnamese_marks


class SegmentingAnalyzer(Analyzer):
    def __init__(self, glossary):
        super().__init__(glossary, bigrams=False)
        from pyvi import ViTokenizer

        self.tokenize = ViTokenizer.tokenize

    def _analyse(self, text):
        out = super()._analyse(text)
        if has_vietnamese_marks(text):
            for word in self.tokenize(text).split():
                if "_" in word:
                    out.append(("_".join(fold(p) for p in word.split("_")), word.replace("_", " ")))
        return out


def main(path):
    needs, offers, qrels = load(json.loads(Path(path).read_text(encoding="utf-8")))
    base = make_config()
    seg = make_config()
    seg.analyzer = SegmentingAnalyzer(base.analyzer.glossary)
    texts = [f"{r.title} {r.text}" for r in offers + needs] * 5
    for label, config in (("syllable bigrams (shipped)", base), ("pyvi words instead of bigrams", seg)):
        started = time.process_time()
        for t in texts:
            config.analyzer.terms(t)
        per_post = (time.process_time() - started) / len(texts) * 1000
        for weight in (0.25, 0.5, 1.0):
            config.text = {**scoring.TEXT, "bigram": weight}
            m = mean_metrics(engine_runs(needs, offers, config), qrels)
            print(
                f"{label:32} weight {weight:<5} nDCG@10 {m['ndcg@10']:.4f}  MRR {m['mrr']:.4f}  "
                f"R@10 {m['recall@10']:.4f}  P@5 {m['p@5']:.4f}"
            )
        print(f"{'':32} analysis {per_post:.2f} ms CPU per post")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/matching_dev.json")
