"""The archive's CDXJ index, the one pages.wacz carries in indexes/, made a municipality at a time.

py-wacz's indexer reads every record of the WARC it indexes: after a national crawl that is a
second pass over the whole archive (12 s of the 19 s that packing a 290-site, 240 MB archive
took). The same indexer run on each municipality's part WARC when the municipality finishes
spreads that work over the crawl, where the workers mostly wait for the network; merging the
parts then only rebases each line's offset, as pages.jsonl's are. The lines are py-wacz's own
(WACZIndexer, with the options `wacz create` uses), so the index is the one it would have made
of the merged archive (tests/test_publication.py compares the two).

Needs py-wacz (the optional extra servicekoll[wacz]); without it nothing is indexed, and
pages.wacz is not made either.
"""

import json
from collections.abc import Iterator
from pathlib import Path

from servicekoll.core.atomic import atomic_open

# What `wacz create` asks of the indexer: the referrer and cookie of each response's request,
# POST bodies appended to the URL key, and a digest of every record.
INDEX_FIELDS = "referrer,req.http:cookie"


def index_warc(warc: Path, target: Path, filename: str) -> bool:
    """Write the CDXJ lines of `warc`'s records to `target` (atomically, unsorted), as py-wacz
    writes them for a WACZ, naming the archive `filename`; offsets are relative to `warc`.
    False, writing nothing, when py-wacz is not installed."""
    try:
        from wacz.waczindexer import WACZIndexer
    except ImportError:
        return False
    with atomic_open(target) as handle:
        WACZIndexer(handle, [str(warc)], post_append=True, digest_records=True, fields=INDEX_FIELDS,
                    filename=filename, hash_type="sha256", detect_pages=False, extract_text=False).process_all()
    return True


def rebased_lines(cdxj: Path, base: int) -> Iterator[str]:
    """The lines of a part's CDXJ index with every offset moved `base` bytes on: the part's
    place in the merged archive. A line is `urlkey timestamp {json}`; the JSON is written back
    as the indexer wrote it (json.dumps, keys in their order), the offset a string as there."""
    with open(cdxj, encoding="utf-8") as lines:
        for line in lines:
            urlkey, timestamp, fields = line.rstrip("\n").split(" ", 2)
            record = json.loads(fields)
            if "offset" in record:
                record["offset"] = str(int(record["offset"]) + base)
            yield f"{urlkey} {timestamp} {json.dumps(record)}\n"


def write_sorted_blocks(cdxj: Path, index_out, data_out, data_out_name: str, lines_per_block: int) -> None:
    """The lines of `cdxj`, sorted, as a WACZ's compressed index: gzip blocks of
    `lines_per_block` lines written to `data_out` (named `data_out_name`), and one line a block
    (its first key, offset, length and digest) to `index_out`, the index.idx. py-wacz's writers
    (cdxj-indexer's SortingWriter and CompressedWriter) as `wacz create` chains them."""
    from cdxj_indexer.main import CompressedWriter, SortingWriter

    blocks = CompressedWriter(index_out, data_out=data_out, num_lines=lines_per_block,
                              data_out_name=data_out_name, digest_records=True)
    sorting = SortingWriter(blocks)
    with open(cdxj, encoding="utf-8") as lines:
        for line in lines:
            sorting.write(line)
    sorting.flush()
