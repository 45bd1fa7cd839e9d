"""Records the HTTP request Google's own discovery client builds for every method, as test vectors.

For each method of four corpus documents (`generator/tests/corpus/{storage.v1,drive.v3,
bigquery.v2,compute.v1}.json`) this script calls google-api-python-client's dynamic
method with deliberately hard argument values (path values with `/`, space, `%`, `?`,
`#`, `+` and non-ASCII; int64 values above 2^53; repeated parameters; a request body)
and writes the `HttpRequest` it builds (method, URI, content type, parsed JSON body) to
`<stem>.jsonl` next to this script, one line per method, sorted by method id. When the
client refuses the arguments, the line carries the exception instead. Nothing is sent:
the requests are only built. See README.md here for the line format and the value rules.

Regenerate (google-api-python-client 2.202.0, from PyPI):

    python3 -m venv /tmp/gvenv && /tmp/gvenv/bin/pip install google-api-python-client==2.202.0
    /tmp/gvenv/bin/python clients/tests/data/judge/reference.py
"""

import collections
import heapq
import json
import pathlib
import re
import re._constants as C
import re._parser as sre_parse

import httplib2
from googleapiclient.discovery import build_from_document, fix_method_name, key2param

HERE = pathlib.Path(__file__).parent
CORPUS = HERE.parents[3] / "generator" / "tests" / "corpus"
STEMS = ["storage.v1", "drive.v3", "bigquery.v2", "compute.v1"]

PATH_HARD = "a/b c%d?e#f+g é"
QUERY_HARD = "x y&z=1+2%/é?#"
# The second element of repeated string parameters: different, and just as hard.
QUERY_HARD_2 = "p;q,r=s&t u+v%w/ü"
PLAIN = "name-1"
# Characters whose survival in a derived value makes it worth more than a plain one.
SPECIALS = set(" /%?#+é")

INT32 = 7
INT64 = "9007199254740993"  # 2^53 + 1: not representable as an f64
UINT64 = "18446744073709551615"  # 2^64 - 1
NUMBER = 1.5
STRING_FORMATS = {
    "date": "2024-02-29",
    "date-time": "2024-02-29T12:34:56.789Z",
    "google-datetime": "2024-02-29T12:34:56.789Z",
    "google-duration": "3.5s",
    "google-fieldmask": "a.b,c",
}
BODY_STRING = "body é"


# --- values that match a parameter's `pattern` -------------------------------------------
#
# The client checks `re.match(pattern, value)`; a value that does not even fully match is
# no fair test of the Rust side, so patterned parameters get the value closest to the hard
# one (fewest edits) that fully matches. The pattern's top-level literals (`projects/`,
# `/datasets/`) are written as they are and each run of other elements between them
# (`[^/]+`, `[a-z](?:...)?`) is matched against the whole hard value on its own, so each
# `[^/]+` segment keeps all of it but its `/`. When no element keeps any of SPECIALS, the
# value is made the same way from PLAIN instead (`name-1`, or `1` for a number).


class Nfa:
    """A Thompson NFA for a list of items of `re`'s own parse tree.

    An edge is None (epsilon) or `(predicate, representative, is_literal)` for one
    character; the representative is what is written when the edge is taken without
    consuming input: the literal itself, or the first ALPHABET character of a class.
    """

    ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ_."

    def __init__(self, items):
        self.edges = collections.defaultdict(list)  # state -> [(edge, target)]
        self.count = 0
        self.start, self.accept = self.fragment(items)

    def state(self):
        self.count += 1
        return self.count - 1

    def link(self, source, target, edge=None):
        self.edges[source].append((edge, target))

    def fragment(self, items):
        """States (start, end) of a sequence of parsed items."""
        start = end = self.state()
        for op, arg in items:
            first, last = self.item(op, arg)
            self.link(end, first)
            end = last
        return start, end

    def char(self, predicate, literal=None):
        start, end = self.state(), self.state()
        if literal is not None:
            self.link(start, end, (predicate, literal, True))
            return start, end
        representative = next((c for c in self.ALPHABET if predicate(c)), None)
        if representative is None:
            raise ValueError("no representative character")
        self.link(start, end, (predicate, representative, False))
        return start, end

    def item(self, op, arg):
        if op is C.LITERAL:
            return self.char(lambda c, ch=chr(arg): c == ch, chr(arg))
        if op is C.NOT_LITERAL:
            return self.char(lambda c, ch=chr(arg): c != ch)
        if op is C.ANY:
            return self.char(lambda c: c != "\n")
        if op is C.IN:
            return self.char(class_predicate(arg))
        if op is C.AT:  # ^ and $: the value is matched whole anyway
            state = self.state()
            return state, state
        if op is C.SUBPATTERN:
            return self.fragment(arg[-1])
        if op is C.BRANCH:
            start, end = self.state(), self.state()
            for alternative in arg[1]:
                first, last = self.fragment(alternative)
                self.link(start, first)
                self.link(last, end)
            return start, end
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, body = arg
            start = end = self.state()
            for _ in range(low):
                first, last = self.fragment(body)
                self.link(end, first)
                end = last
            if high is C.MAXREPEAT:
                first, last = self.fragment(body)
                self.link(end, first)
                self.link(last, end)
            else:
                tail = self.state()
                for _ in range(high - low):
                    first, last = self.fragment(body)
                    self.link(end, first)
                    self.link(end, tail)
                    end = last
                self.link(end, tail)
                end = tail
            return start, end
        raise ValueError(f"unsupported pattern element {op}")


CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


def class_predicate(items):
    tests, negate = [], False
    for op, arg in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            tests.append(lambda c, ch=chr(arg): c == ch)
        elif op is C.RANGE:
            tests.append(lambda c, lo=arg[0], hi=arg[1]: lo <= ord(c) <= hi)
        elif op is C.CATEGORY:
            tests.append(lambda c, rx=re.compile(CATEGORIES[arg]): rx.fullmatch(c) is not None)
        else:
            raise ValueError(f"unsupported class element {op}")
    return lambda c: any(t(c) for t in tests) != negate


# Costs of the edits that turn the seed into a matching value: keeping a seed character
# is free, deleting one or inventing a class character is dear, writing a literal the
# pattern demands is cheap.
DELETE, INSERT_CLASS, INSERT_LITERAL = 100, 100, 1


def closest_match(items, seed):
    """(value, kept) for the fewest-edit value of `seed` that the parsed `items` accept.

    A cheapest path over (NFA state, seed position): consume a seed character along an
    edge that accepts it, delete it, or write an edge's representative. `kept` is the set
    of seed characters consumed by character classes (not by literals). Ties go to the
    first move found, in the order the NFA was built, so the result is deterministic.
    """
    nfa = Nfa(items)
    counter = 0
    heap = [(0, counter, nfa.start, 0)]
    parent = {(nfa.start, 0): None}
    best = {(nfa.start, 0): 0}
    done = set()
    while heap:
        cost, _, state, pos = heapq.heappop(heap)
        if (state, pos) in done:
            continue
        done.add((state, pos))
        if state == nfa.accept and pos == len(seed):
            out, kept, key = [], set(), (state, pos)
            while parent[key] is not None:
                key, written, by_class = parent[key]
                out.append(written)
                if by_class:
                    kept.add(written)
            return "".join(reversed(out)), kept
        moves = []
        if pos < len(seed):
            moves.append((DELETE, state, pos + 1, "", False))
        for edge, target in nfa.edges[state]:
            if edge is None:
                moves.append((0, target, pos, "", False))
                continue
            predicate, representative, is_literal = edge
            if pos < len(seed) and predicate(seed[pos]):
                moves.append((0, target, pos + 1, seed[pos], not is_literal))
            step = INSERT_LITERAL if is_literal else INSERT_CLASS
            moves.append((step, target, pos, representative, False))
        for step, target, npos, written, by_class in moves:
            key = (target, npos)
            if key in done or best.get(key, 1 << 60) <= cost + step:
                continue
            best[key] = cost + step
            parent[key] = ((state, pos), written, by_class)
            counter += 1
            heapq.heappush(heap, (cost + step, counter, target, npos))
    raise ValueError("nothing matches")


def derive(pattern, seed):
    """(value, kept): top-level literals as they are, each run between them matched alone."""
    out, kept, run = [], set(), []

    def flush():
        if run:
            value, chars = closest_match(run, seed)
            out.append(value)
            kept.update(chars)
            run.clear()

    for op, arg in sre_parse.parse(pattern):
        if op is C.LITERAL:
            flush()
            out.append(chr(arg))
        elif op is not C.AT:
            run.append((op, arg))
    flush()
    return "".join(out), kept


_pattern_values = {}


def pattern_value(pattern, hard):
    """(value, kind) for a parameter with `pattern`: kind is hard, derived or plain."""
    key = (pattern, hard)
    if key not in _pattern_values:
        if re.fullmatch(pattern, hard):
            result = (hard, "hard")
        else:
            value, kept = derive(pattern, hard)
            if kept & SPECIALS:
                result = (value, "derived")
            else:
                result = (derive(pattern, PLAIN)[0], "plain")
        value = result[0]
        if not re.fullmatch(pattern, value):
            raise ValueError(f"derived {value!r} does not match {pattern!r}")
        _pattern_values[key] = result
    return _pattern_values[key]


# --- argument values ----------------------------------------------------------------------


def enum_value(spec, nth=1):
    values = [v for v in spec["enum"] if not v.endswith("_UNSPECIFIED")]
    return values[-nth]


# (parameter, wanted, given) for integers that their minimum or maximum moved.
clamped = []


def integer_value(spec, name):
    fmt = spec.get("format", "int32")
    if fmt in ("int64", "uint64"):
        wanted = int(INT64 if fmt == "int64" else UINT64)
    else:
        wanted = INT32
    value = wanted
    if "minimum" in spec:
        value = max(value, int(spec["minimum"]))
    if "maximum" in spec:
        value = min(value, int(spec["maximum"]))
    if value != wanted:
        clamped.append((name, wanted, value))
    return str(value) if fmt in ("int64", "uint64") else value


def scalar_value(spec, name, second=False):
    """The value of one (element of a) parameter; `second` for a repeated one's second element."""
    kind = spec.get("type", "string")
    fmt = spec.get("format")
    location = spec.get("location")
    if "enum" in spec:
        return enum_value(spec, 2 if second else 1), None
    if kind == "boolean":
        return True, None
    if kind == "integer":
        return integer_value(spec, name), None
    if kind == "number":
        return NUMBER, None
    if fmt in ("int64", "uint64"):
        return integer_value(spec, name), None
    if fmt in STRING_FORMATS:
        return STRING_FORMATS[fmt], None
    if location == "path":
        hard = PATH_HARD
    else:
        hard = QUERY_HARD_2 if second else QUERY_HARD
    if "pattern" in spec:
        return pattern_value(spec["pattern"], hard)
    return hard, "hard"


def output_only(prop):
    return re.match(r"\W*output only", prop.get("description", ""), re.IGNORECASE) is not None


def body_value(schema):
    """Up to one plain string, one int64, one boolean and one enum property, by name."""
    picks = {}
    for name, prop in sorted(schema.get("properties", {}).items()):
        if output_only(prop):
            continue
        kind, fmt = prop.get("type"), prop.get("format")
        if kind == "string" and "enum" in prop:
            if all(v.endswith("_UNSPECIFIED") for v in prop["enum"]):
                continue
            slot, value = "enum", enum_value(prop)
        elif kind == "string" and fmt == "int64":
            slot, value = "int64", INT64
        elif kind == "string" and fmt is None:
            slot, value = "string", BODY_STRING
        elif kind == "boolean":
            slot, value = "boolean", True
        else:
            continue
        if slot not in picks:
            picks[slot] = (name, value)
    return {name: value for name, value in sorted(picks.values())}


# --- the walk -----------------------------------------------------------------------------


def methods(resource_desc, resource_obj):
    """(method description, bound Python method) for every method, recursively."""
    for name, desc in sorted(resource_desc.get("methods", {}).items()):
        yield desc, getattr(resource_obj, fix_method_name(name))
    for name, desc in sorted(resource_desc.get("resources", {}).items()):
        yield from methods(desc, getattr(resource_obj, fix_method_name(name))())


def vector(doc, desc, call, tally):
    params, kwargs = {}, {}
    for wire, spec in sorted(desc.get("parameters", {}).items()):
        name = f"{desc['id']}.{wire}"
        if spec.get("repeated"):
            value = [scalar_value(spec, name)[0], scalar_value(spec, name, second=True)[0]]
        else:
            value, kind = scalar_value(spec, name)
            if spec.get("location") == "path":
                tally[kind or "non-string"] += 1
        params[wire] = value
        kwargs[key2param(wire)] = value
    body = None
    if "$ref" in desc.get("request", {}):
        body = body_value(doc["schemas"][desc["request"]["$ref"]])
        kwargs["body"] = body
    line = {"id": desc["id"], "params": params, "body": body}
    try:
        request = call(**kwargs)
    except Exception as error:  # the client refusing the arguments is a vector too
        line["error"] = f"{type(error).__name__}: {error}"
        return line
    line["request"] = {
        "method": request.method,
        "uri": request.uri,
        "content_type": request.headers.get("content-type"),
        "body": json.loads(request.body) if request.body else None,
    }
    return line


def main():
    total = collections.Counter()
    for stem in STEMS:
        text = (CORPUS / f"{stem}.json").read_text(encoding="utf-8")
        doc = json.loads(text)
        service = build_from_document(text, http=httplib2.Http())
        tally = collections.Counter()
        lines = [vector(doc, desc, call, tally) for desc, call in methods(doc, service)]
        lines.sort(key=lambda line: line["id"])
        out = HERE / f"{stem}.jsonl"
        out.write_text(
            "".join(json.dumps(line, sort_keys=True, ensure_ascii=False) + "\n" for line in lines),
            encoding="utf-8",
        )
        errors = sum("error" in line for line in lines)
        paths = ", ".join(f"{kind} {n}" for kind, n in sorted(tally.items()))
        print(f"{out.name}: {len(lines)} methods, {errors} errors; path values: {paths}")
        total.update(tally)
    print("path values in all:", ", ".join(f"{kind} {n}" for kind, n in sorted(total.items())))
    print("integers moved into their minimum/maximum:")
    for name, wanted, value in sorted(set(clamped)):
        print(f"  {name}: {wanted} -> {value}")
    print("pattern values:")
    for (pattern, hard), (value, kind) in sorted(_pattern_values.items()):
        print(f"  {kind:8} {pattern!r} <- {hard!r}: {value!r}")


if __name__ == "__main__":
    main()
