from __future__ import annotations

from pathlib import Path

from newsrefinery.cli.progress import count_documents


def test_count_documents_one_per_file_else_unknown(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.html", "sub/c.json", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert count_documents((str(tmp_path),)) == 3  # dotfiles are not read
    (tmp_path / "sub" / "d.jsonl.gz").write_bytes(b"")
    assert count_documents((str(tmp_path),)) is None  # a container holds many
    assert count_documents(("-",)) is None
