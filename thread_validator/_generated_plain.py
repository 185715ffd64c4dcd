"""The scanner of the command line's default kind, for its plain path (``_plain``).

``scan_thread_v2`` of ``_generated`` with the names of its screens bound here, for the rules
as the package declares them, and the context of the default server. Written by
``python -m thread_validator._write_generated`` (``_fast.plain_source``): do not edit.
tests/test_generated.py fails when this file differs from what they give.
"""
# fmt: off
# ruff: noqa

from types import SimpleNamespace

from ._runtime import names
from ._runtime import any_unprefixed as _s17_unprefixed
from ._runtime import any_unprefixed as _s19_unprefixed
from ._runtime import any_unprefixed as _s21_unprefixed
from ._runtime import keys_clash as _s16_clash
from ._runtime import keys_clash as _s23_clash
from ._runtime import keys_clash as _s24_clash
from ._runtime import pairs_repeat as _s13_repeat
from ._runtime import repeats as _s18_repeats
from ._runtime import repeats as _s20_repeats
from ._runtime import repeats as _s22_repeats
from ._runtime import tool_keys_unknown as _s15_unknown

globals().update(names())
NoneType = type(None)

CONTEXT = SimpleNamespace(
    api_version='v2',
    kind=SimpleNamespace(request=True),
    server=SimpleNamespace(id_prefixes={'file': ('file-',), 'vector_store': ('vs_',), 'thread': ('thread_',)}),
)

_s0_limit = 32
_s1_limit = 256000
_s3_keys = frozenset({'image_file', 'type'})
_s4_keys = frozenset({'detail', 'file_id'})
_s6_keys = frozenset({'image_url', 'type'})
_s7_keys = frozenset({'detail', 'url'})
_s8_schemes = ('http://', 'https://')
_s9_web = ('http://', 'https://')
_s9_extensions = frozenset({'.gif', '.jpeg', '.jpg', '.png', '.webp'})
_s10_keys = frozenset({'text', 'type'})
_s11_limit = 256000
_c4 = frozenset({'assistant', 'user'})
_c11 = frozenset({'auto', 'high', 'low'})
_c12 = frozenset({'detail', 'file_id'}).issuperset
_c13 = frozenset({'detail', 'file_id'})
_c14 = frozenset({'image_file', 'type'}).issuperset
_c15 = frozenset({'image_file', 'type'})
_c19 = frozenset({'auto', 'high', 'low'})
_c20 = frozenset({'detail', 'url'}).issuperset
_c21 = frozenset({'detail', 'url'})
_c22 = frozenset({'image_url', 'type'}).issuperset
_c23 = frozenset({'image_url', 'type'})
_c25 = frozenset({'text', 'type'}).issuperset
_c26 = frozenset({'text', 'type'})
_c34 = frozenset({'type'}).issuperset
_c35 = frozenset({'type'})
_c36 = frozenset({'type'}).issuperset
_c37 = frozenset({'type'})
_c38 = frozenset({'file_id', 'tools'}).issuperset
_c39 = frozenset({'file_id', 'tools'})
_c45 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset
_c51 = str
_c52 = frozenset({'file_ids'}).issuperset
_c53 = frozenset({'file_ids'})
_c58 = str
_c64 = str
_c67 = frozenset({'type'}).issuperset
_c73 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_c74 = frozenset({'static', 'type'}).issuperset
_c79 = frozenset({'chunking_strategy', 'file_ids', 'metadata'}).issuperset
_c80 = frozenset({'chunking_strategy', 'file_ids', 'metadata'})
_c81 = frozenset({'vector_store_ids', 'vector_stores'}).issuperset
_c82 = frozenset({'vector_store_ids', 'vector_stores'})
_c83 = frozenset({'code_interpreter', 'file_search'}).issuperset
_c84 = frozenset({'code_interpreter', 'file_search'})
_c90 = frozenset({'messages', 'metadata', 'tool_resources'}).issuperset


def scan(body, context):
    flags = 1
    try:
        _context0 = None
        _context1 = None
        _context2 = None
        if not (type(body) is dict): return _json_fault(body)
        if not _c90(body): return False
        if 'metadata' in body:
            v86 = body['metadata']
            if type(v86) is dict:
                if (len(v86) > 1 and _s24_clash(v86)): flags |= 2048
            t89 = type(v86)
            if t89 is dict:
                if len(v86) > 16: return False
                for k87, v88 in v86.items():
                    if type(k87) is not str: return _key_fault(v86)
                    if len(k87) > 64: return False
                    if type(v88) is not str: return _json_fault(v88)
                    if len(v88) > 512: return False
            elif v86 is None:
                pass
            else:
                return _json_fault(v86)
        if 'tool_resources' in body:
            v46 = body['tool_resources']
            t85 = type(v46)
            if t85 is dict:
                if 'code_interpreter' in v46:
                    v47 = v46['code_interpreter']
                    if not (type(v47) is dict): return _json_fault(v47)
                    if 'file_ids' in v47:
                        v48 = v47['file_ids']
                        if type(v48) is list:
                            if (_s17_unprefixed(v48, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 16
                            if ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v48) > 1 and _s18_repeats(v48)): flags |= 256
                        if not (type(v48) is list): return _json_fault(v48)
                        if len(v48) > 20: return False
                        if len(v48) < 16:
                            for v50 in v48:
                                if type(v50) is not str: return _json_fault(v50)
                        elif _count_of(map(type, v48), _c51) != len(v48): return _json_faults(v48)
                    if len(v47) > 0 and not _c52(v47) and (_r := _string_keys(v47, _c53)) is not True: return _r
                if 'file_search' in v46:
                    v54 = v46['file_search']
                    if not (type(v54) is dict): return _json_fault(v54)
                    if ('vector_store_ids' in v54) + ('vector_stores' in v54) != 1: return False
                    if 'vector_store_ids' in v54:
                        v55 = v54['vector_store_ids']
                        if type(v55) is list:
                            if (_s19_unprefixed(v55, _context2 if _context2 is not None else (_context2 := context.server.id_prefixes['vector_store']))): flags |= 32
                            if ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v55) > 1 and _s20_repeats(v55)): flags |= 256
                        if not (type(v55) is list): return _json_fault(v55)
                        if len(v55) > 1: return False
                        if len(v55) < 16:
                            for v57 in v55:
                                if type(v57) is not str: return _json_fault(v57)
                        elif _count_of(map(type, v55), _c58) != len(v55): return _json_faults(v55)
                    if 'vector_stores' in v54:
                        v59 = v54['vector_stores']
                        if not (type(v59) is list): return _json_fault(v59)
                        if len(v59) > 1: return False
                        for v60 in v59:
                            if not (type(v60) is dict): return _json_fault(v60)
                            if 'file_ids' in v60:
                                v61 = v60['file_ids']
                                if type(v61) is list:
                                    if (_s21_unprefixed(v61, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 16
                                    if ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v61) > 1 and _s22_repeats(v61)): flags |= 256
                                if not (type(v61) is list): return _json_fault(v61)
                                if len(v61) > 10000: return False
                                if len(v61) < 16:
                                    for v63 in v61:
                                        if type(v63) is not str: return _json_fault(v63)
                                elif _count_of(map(type, v61), _c64) != len(v61): return _json_faults(v61)
                            if 'metadata' in v60:
                                v75 = v60['metadata']
                                if type(v75) is dict:
                                    if (len(v75) > 1 and _s23_clash(v75)): flags |= 2048
                                t78 = type(v75)
                                if t78 is dict:
                                    if len(v75) > 16: return False
                                    for k76, v77 in v75.items():
                                        if type(k76) is not str: return _key_fault(v75)
                                        if len(k76) > 64: return False
                                        if type(v77) is not str: return _json_fault(v77)
                                        if len(v77) > 512: return False
                                elif v75 is None:
                                    pass
                                else:
                                    return _json_fault(v75)
                            if 'chunking_strategy' in v60:
                                v65 = v60['chunking_strategy']
                                if not (type(v65) is dict): return _json_fault(v65)
                                if 'type' not in v65: return False
                                tag66 = v65['type']
                                if type(tag66) is not str: return _json_fault(tag66)
                                if tag66 == 'auto':
                                    if not _c67(v65): return False
                                elif tag66 == 'static':
                                    if 'static' not in v65: return False
                                    if not _c74(v65): return False
                                    v68 = v65['static']
                                    if not (type(v68) is dict): return _json_fault(v68)
                                    if 'max_chunk_size_tokens' not in v68: return False
                                    if 'chunk_overlap_tokens' not in v68: return False
                                    if not _c73(v68): return False
                                    v71 = v68['chunk_overlap_tokens']
                                    t72 = type(v71)
                                    if t72 is int:
                                        pass
                                    elif t72 is float:
                                        if not v71.is_integer(): return False
                                    else:
                                        return _json_fault(v71)
                                    v69 = v68['max_chunk_size_tokens']
                                    t70 = type(v69)
                                    if t70 is int:
                                        if v69 < 100: return False
                                        if v69 > 4096: return False
                                    elif t70 is float:
                                        if not v69.is_integer(): return False
                                        if v69 < 100: return False
                                        if v69 > 4096: return False
                                    else:
                                        return _json_fault(v69)
                                    if (_r := _overlap_at_most_half(v68.get('max_chunk_size_tokens'), v68.get('chunk_overlap_tokens'))) is not True: return _r
                                else:
                                    return False
                            if len(v60) > 0 and not _c79(v60) and (_r := _string_keys(v60, _c80)) is not True: return _r
                    if len(v54) > 0 and not _c81(v54) and (_r := _string_keys(v54, _c82)) is not True: return _r
                if len(v46) > 0 and not _c83(v46) and (_r := _string_keys(v46, _c84)) is not True: return _r
            elif v46 is None:
                pass
            else:
                return _json_fault(v46)
        if 'messages' in body:
            v1 = body['messages']
            if type(v1) is list:
                if (len(v1) > _s0_limit): flags |= 2
            if not (type(v1) is list): return _json_fault(v1)
            for v2 in v1:
                if not (type(v2) is dict): return _json_fault(v2)
                if 'role' not in v2: return False
                if 'content' not in v2: return False
                if not _c45(v2): return False
                v3 = v2['role']
                if not (type(v3) is str): return _json_fault(v3)
                if v3 not in _c4: return False
                if 'metadata' in v2:
                    v41 = v2['metadata']
                    if type(v41) is dict:
                        if (len(v41) > 1 and _s16_clash(v41)): flags |= 2048
                    t44 = type(v41)
                    if t44 is dict:
                        if len(v41) > 16: return False
                        for k42, v43 in v41.items():
                            if type(k42) is not str: return _key_fault(v41)
                            if len(k42) > 64: return False
                            if type(v43) is not str: return _json_fault(v43)
                            if len(v43) > 512: return False
                    elif v41 is None:
                        pass
                    else:
                        return _json_fault(v41)
                if 'attachments' in v2:
                    v28 = v2['attachments']
                    if (isinstance(v28, list) and len(v28) > 1 and _s13_repeat(v28)): flags |= 512
                    t40 = type(v28)
                    if t40 is list:
                        for v29 in v28:
                            if not (type(v29) is dict): return _json_fault(v29)
                            if 'file_id' not in v29: return False
                            if 'tools' not in v29: return False
                            v30 = v29['file_id']
                            if (type(v30) is str and (not v30.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 16
                            if not (type(v30) is str): return _json_fault(v30)
                            v31 = v29['tools']
                            if not (type(v31) is list): return _json_fault(v31)
                            for v32 in v31:
                                if (isinstance(v32, dict) and len(v32) > 1 and _s15_unknown(v32, context)): flags |= 128
                                if not (type(v32) is dict): return _json_fault(v32)
                                if 'type' not in v32: return False
                                tag33 = v32['type']
                                if type(tag33) is not str: return _json_fault(tag33)
                                if tag33 == 'code_interpreter':
                                    if len(v32) > 1 and not _c34(v32) and (_r := _string_keys(v32, _c35)) is not True: return _r
                                elif tag33 == 'file_search':
                                    if len(v32) > 1 and not _c36(v32) and (_r := _string_keys(v32, _c37)) is not True: return _r
                                else:
                                    return False
                            if len(v29) > 2 and not _c38(v29) and (_r := _string_keys(v29, _c39)) is not True: return _r
                    elif v28 is None:
                        pass
                    else:
                        return _json_fault(v28)
                v5 = v2['content']
                if (isinstance(v5, str) and len(v5) > _s1_limit): flags |= 4
                if (v5 == ''): flags |= 1024
                t27 = type(v5)
                if t27 is str:
                    pass
                elif t27 is list:
                    if len(v5) < 1: return False
                    for v6 in v5:
                        if not (type(v6) is dict): return _json_fault(v6)
                        if 'type' not in v6: return False
                        tag7 = v6['type']
                        if type(tag7) is not str: return _json_fault(tag7)
                        if tag7 == 'image_file':
                            if (not _s3_keys.issuperset(v6)): flags |= 128
                            if 'image_file' not in v6: return False
                            v8 = v6['image_file']
                            if (isinstance(v8, dict) and (not _s4_keys.issuperset(v8))): flags |= 128
                            if not (type(v8) is dict): return _json_fault(v8)
                            if 'file_id' not in v8: return False
                            v9 = v8['file_id']
                            if (type(v9) is str and (not v9.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 16
                            if not (type(v9) is str): return _json_fault(v9)
                            if 'detail' in v8:
                                v10 = v8['detail']
                                if not (type(v10) is str): return _json_fault(v10)
                                if v10 not in _c11: return False
                            if len(v8) > 1 and not _c12(v8) and (_r := _string_keys(v8, _c13)) is not True: return _r
                            if len(v6) > 2 and not _c14(v6) and (_r := _string_keys(v6, _c15)) is not True: return _r
                        elif tag7 == 'image_url':
                            if (not _s6_keys.issuperset(v6)): flags |= 128
                            if 'image_url' not in v6: return False
                            v16 = v6['image_url']
                            if (isinstance(v16, dict) and (not _s7_keys.issuperset(v16))): flags |= 128
                            if not (type(v16) is dict): return _json_fault(v16)
                            if 'url' not in v16: return False
                            if 'detail' in v16:
                                v18 = v16['detail']
                                if not (type(v18) is str): return _json_fault(v18)
                                if v18 not in _c19: return False
                            v17 = v16['url']
                            if (isinstance(v17, str) and (not v17.startswith(_s8_schemes)) and (not v17[:8].lower().startswith(_s8_schemes))): flags |= 8
                            if (isinstance(v17, str) and ('?' in v17 or '#' in v17 or (v17[-4:].lower() not in _s9_extensions and v17[-5:].lower() not in _s9_extensions)) and v17[:8].lower().startswith(_s9_web)): flags |= 4096
                            if not (type(v17) is str): return _json_fault(v17)
                            if not _is_uri(v17): return False
                            if len(v16) > 1 and not _c20(v16) and (_r := _string_keys(v16, _c21)) is not True: return _r
                            if len(v6) > 2 and not _c22(v6) and (_r := _string_keys(v6, _c23)) is not True: return _r
                        elif tag7 == 'text':
                            if (not _s10_keys.issuperset(v6)): flags |= 128
                            if 'text' not in v6: return False
                            v24 = v6['text']
                            if (isinstance(v24, str) and len(v24) > _s11_limit): flags |= 4
                            if (v24 == ''): flags |= 1024
                            if not (type(v24) is str): return _json_fault(v24)
                            if len(v6) > 2 and not _c25(v6) and (_r := _string_keys(v6, _c26)) is not True: return _r
                        else:
                            return False
                else:
                    return _json_fault(v5)
    except Exception:
        return None
    return flags
