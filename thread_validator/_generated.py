"""The compiled checks of ``_fast`` for the bundled schemas, written at build time.

Also the scanners (the checks with the warning rules' screens folded in) and each kind's
separate warning pass (``_warnings``). Written by ``python -m thread_validator._write_generated``
from the bundled documents and the rules' screens: do not edit. tests/test_generated.py fails
when this file differs from what they give.
"""
# fmt: off
# ruff: noqa

from ._runtime import names

globals().update(names())
NoneType = type(None)


_check_thread_v2_c4 = frozenset({'assistant', 'user'})
_check_thread_v2_c11 = frozenset({'auto', 'high', 'low'})
_check_thread_v2_c12 = frozenset({'detail', 'file_id'}).issuperset
_check_thread_v2_c13 = frozenset({'detail', 'file_id'})
_check_thread_v2_c14 = frozenset({'image_file', 'type'}).issuperset
_check_thread_v2_c15 = frozenset({'image_file', 'type'})
_check_thread_v2_c19 = frozenset({'auto', 'high', 'low'})
_check_thread_v2_c20 = frozenset({'detail', 'url'}).issuperset
_check_thread_v2_c21 = frozenset({'detail', 'url'})
_check_thread_v2_c22 = frozenset({'image_url', 'type'}).issuperset
_check_thread_v2_c23 = frozenset({'image_url', 'type'})
_check_thread_v2_c25 = frozenset({'text', 'type'}).issuperset
_check_thread_v2_c26 = frozenset({'text', 'type'})
_check_thread_v2_c34 = frozenset({'type'}).issuperset
_check_thread_v2_c35 = frozenset({'type'})
_check_thread_v2_c36 = frozenset({'type'}).issuperset
_check_thread_v2_c37 = frozenset({'type'})
_check_thread_v2_c38 = frozenset({'file_id', 'tools'}).issuperset
_check_thread_v2_c39 = frozenset({'file_id', 'tools'})
_check_thread_v2_c45 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset
_check_thread_v2_c51 = str
_check_thread_v2_c52 = frozenset({'file_ids'}).issuperset
_check_thread_v2_c53 = frozenset({'file_ids'})
_check_thread_v2_c58 = str
_check_thread_v2_c64 = str
_check_thread_v2_c67 = frozenset({'type'}).issuperset
_check_thread_v2_c73 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_check_thread_v2_c74 = frozenset({'static', 'type'}).issuperset
_check_thread_v2_c79 = frozenset({'chunking_strategy', 'file_ids', 'metadata'}).issuperset
_check_thread_v2_c80 = frozenset({'chunking_strategy', 'file_ids', 'metadata'})
_check_thread_v2_c81 = frozenset({'vector_store_ids', 'vector_stores'}).issuperset
_check_thread_v2_c82 = frozenset({'vector_store_ids', 'vector_stores'})
_check_thread_v2_c83 = frozenset({'code_interpreter', 'file_search'}).issuperset
_check_thread_v2_c84 = frozenset({'code_interpreter', 'file_search'})
_check_thread_v2_c90 = frozenset({'messages', 'metadata', 'tool_resources'}).issuperset


def check_thread_v2(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if not _check_thread_v2_c90(body): return False
        if 'metadata' in body:
            v86 = body['metadata']
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
        if 'messages' in body:
            v1 = body['messages']
            if not (type(v1) is list): return _json_fault(v1)
            for v2 in v1:
                if not (type(v2) is dict): return _json_fault(v2)
                if 'role' not in v2: return False
                if 'content' not in v2: return False
                if not _check_thread_v2_c45(v2): return False
                v3 = v2['role']
                if not (type(v3) is str): return _json_fault(v3)
                if v3 not in _check_thread_v2_c4: return False
                if 'metadata' in v2:
                    v41 = v2['metadata']
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
                    t40 = type(v28)
                    if t40 is list:
                        for v29 in v28:
                            if not (type(v29) is dict): return _json_fault(v29)
                            if 'file_id' not in v29: return False
                            if 'tools' not in v29: return False
                            v30 = v29['file_id']
                            if not (type(v30) is str): return _json_fault(v30)
                            v31 = v29['tools']
                            if not (type(v31) is list): return _json_fault(v31)
                            for v32 in v31:
                                if not (type(v32) is dict): return _json_fault(v32)
                                if 'type' not in v32: return False
                                tag33 = v32['type']
                                if type(tag33) is not str: return _json_fault(tag33)
                                if tag33 == 'code_interpreter':
                                    if len(v32) > 1 and not _check_thread_v2_c34(v32) and (_r := _string_keys(v32, _check_thread_v2_c35)) is not True: return _r
                                elif tag33 == 'file_search':
                                    if len(v32) > 1 and not _check_thread_v2_c36(v32) and (_r := _string_keys(v32, _check_thread_v2_c37)) is not True: return _r
                                else:
                                    return False
                            if len(v29) > 2 and not _check_thread_v2_c38(v29) and (_r := _string_keys(v29, _check_thread_v2_c39)) is not True: return _r
                    elif v28 is None:
                        pass
                    else:
                        return _json_fault(v28)
                v5 = v2['content']
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
                            if 'image_file' not in v6: return False
                            v8 = v6['image_file']
                            if not (type(v8) is dict): return _json_fault(v8)
                            if 'file_id' not in v8: return False
                            v9 = v8['file_id']
                            if not (type(v9) is str): return _json_fault(v9)
                            if 'detail' in v8:
                                v10 = v8['detail']
                                if not (type(v10) is str): return _json_fault(v10)
                                if v10 not in _check_thread_v2_c11: return False
                            if len(v8) > 1 and not _check_thread_v2_c12(v8) and (_r := _string_keys(v8, _check_thread_v2_c13)) is not True: return _r
                            if len(v6) > 2 and not _check_thread_v2_c14(v6) and (_r := _string_keys(v6, _check_thread_v2_c15)) is not True: return _r
                        elif tag7 == 'image_url':
                            if 'image_url' not in v6: return False
                            v16 = v6['image_url']
                            if not (type(v16) is dict): return _json_fault(v16)
                            if 'url' not in v16: return False
                            v17 = v16['url']
                            if not (type(v17) is str): return _json_fault(v17)
                            if not _is_uri(v17): return False
                            if 'detail' in v16:
                                v18 = v16['detail']
                                if not (type(v18) is str): return _json_fault(v18)
                                if v18 not in _check_thread_v2_c19: return False
                            if len(v16) > 1 and not _check_thread_v2_c20(v16) and (_r := _string_keys(v16, _check_thread_v2_c21)) is not True: return _r
                            if len(v6) > 2 and not _check_thread_v2_c22(v6) and (_r := _string_keys(v6, _check_thread_v2_c23)) is not True: return _r
                        elif tag7 == 'text':
                            if 'text' not in v6: return False
                            v24 = v6['text']
                            if not (type(v24) is str): return _json_fault(v24)
                            if len(v6) > 2 and not _check_thread_v2_c25(v6) and (_r := _string_keys(v6, _check_thread_v2_c26)) is not True: return _r
                        else:
                            return False
                else:
                    return _json_fault(v5)
        if 'tool_resources' in body:
            v46 = body['tool_resources']
            t85 = type(v46)
            if t85 is dict:
                if 'code_interpreter' in v46:
                    v47 = v46['code_interpreter']
                    if not (type(v47) is dict): return _json_fault(v47)
                    if 'file_ids' in v47:
                        v48 = v47['file_ids']
                        if not (type(v48) is list): return _json_fault(v48)
                        if len(v48) > 20: return False
                        if len(v48) < 16:
                            for v50 in v48:
                                if type(v50) is not str: return _json_fault(v50)
                        elif _count_of(map(type, v48), _check_thread_v2_c51) != len(v48): return _json_faults(v48)
                    if len(v47) > 0 and not _check_thread_v2_c52(v47) and (_r := _string_keys(v47, _check_thread_v2_c53)) is not True: return _r
                if 'file_search' in v46:
                    v54 = v46['file_search']
                    if not (type(v54) is dict): return _json_fault(v54)
                    if ('vector_store_ids' in v54) + ('vector_stores' in v54) != 1: return False
                    if 'vector_store_ids' in v54:
                        v55 = v54['vector_store_ids']
                        if not (type(v55) is list): return _json_fault(v55)
                        if len(v55) > 1: return False
                        if len(v55) < 16:
                            for v57 in v55:
                                if type(v57) is not str: return _json_fault(v57)
                        elif _count_of(map(type, v55), _check_thread_v2_c58) != len(v55): return _json_faults(v55)
                    if 'vector_stores' in v54:
                        v59 = v54['vector_stores']
                        if not (type(v59) is list): return _json_fault(v59)
                        if len(v59) > 1: return False
                        for v60 in v59:
                            if not (type(v60) is dict): return _json_fault(v60)
                            if 'file_ids' in v60:
                                v61 = v60['file_ids']
                                if not (type(v61) is list): return _json_fault(v61)
                                if len(v61) > 10000: return False
                                if len(v61) < 16:
                                    for v63 in v61:
                                        if type(v63) is not str: return _json_fault(v63)
                                elif _count_of(map(type, v61), _check_thread_v2_c64) != len(v61): return _json_faults(v61)
                            if 'metadata' in v60:
                                v75 = v60['metadata']
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
                                    if not _check_thread_v2_c67(v65): return False
                                elif tag66 == 'static':
                                    if 'static' not in v65: return False
                                    if not _check_thread_v2_c74(v65): return False
                                    v68 = v65['static']
                                    if not (type(v68) is dict): return _json_fault(v68)
                                    if 'max_chunk_size_tokens' not in v68: return False
                                    if 'chunk_overlap_tokens' not in v68: return False
                                    if not _check_thread_v2_c73(v68): return False
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
                            if len(v60) > 0 and not _check_thread_v2_c79(v60) and (_r := _string_keys(v60, _check_thread_v2_c80)) is not True: return _r
                    if len(v54) > 0 and not _check_thread_v2_c81(v54) and (_r := _string_keys(v54, _check_thread_v2_c82)) is not True: return _r
                if len(v46) > 0 and not _check_thread_v2_c83(v46) and (_r := _string_keys(v46, _check_thread_v2_c84)) is not True: return _r
            elif v46 is None:
                pass
            else:
                return _json_fault(v46)
    except Exception:
        return None
    return True


_scan_thread_v2_c5 = frozenset({'assistant', 'user'})
_scan_thread_v2_c13 = frozenset({'auto', 'high', 'low'})
_scan_thread_v2_c14 = frozenset({'detail', 'file_id'}).issuperset
_scan_thread_v2_c15 = frozenset({'detail', 'file_id'})
_scan_thread_v2_c16 = frozenset({'image_file', 'type'}).issuperset
_scan_thread_v2_c17 = frozenset({'image_file', 'type'})
_scan_thread_v2_c21 = frozenset({'auto', 'high', 'low'})
_scan_thread_v2_c22 = frozenset({'detail', 'url'}).issuperset
_scan_thread_v2_c23 = frozenset({'detail', 'url'})
_scan_thread_v2_c24 = frozenset({'image_url', 'type'}).issuperset
_scan_thread_v2_c25 = frozenset({'image_url', 'type'})
_scan_thread_v2_c27 = frozenset({'text', 'type'}).issuperset
_scan_thread_v2_c28 = frozenset({'text', 'type'})
_scan_thread_v2_c38 = frozenset({'type'}).issuperset
_scan_thread_v2_c39 = frozenset({'type'})
_scan_thread_v2_c40 = frozenset({'type'}).issuperset
_scan_thread_v2_c41 = frozenset({'type'})
_scan_thread_v2_c42 = frozenset({'file_id', 'tools'}).issuperset
_scan_thread_v2_c43 = frozenset({'file_id', 'tools'})
_scan_thread_v2_c49 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset
_scan_thread_v2_c56 = str
_scan_thread_v2_c57 = frozenset({'file_ids'}).issuperset
_scan_thread_v2_c58 = frozenset({'file_ids'})
_scan_thread_v2_c64 = str
_scan_thread_v2_c72 = str
_scan_thread_v2_c75 = frozenset({'type'}).issuperset
_scan_thread_v2_c81 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_scan_thread_v2_c82 = frozenset({'static', 'type'}).issuperset
_scan_thread_v2_c87 = frozenset({'chunking_strategy', 'file_ids', 'metadata'}).issuperset
_scan_thread_v2_c88 = frozenset({'chunking_strategy', 'file_ids', 'metadata'})
_scan_thread_v2_c89 = frozenset({'vector_store_ids', 'vector_stores'}).issuperset
_scan_thread_v2_c90 = frozenset({'vector_store_ids', 'vector_stores'})
_scan_thread_v2_c91 = frozenset({'code_interpreter', 'file_search'}).issuperset
_scan_thread_v2_c92 = frozenset({'code_interpreter', 'file_search'})
_scan_thread_v2_c98 = frozenset({'messages', 'metadata', 'tool_resources'}).issuperset


def scan_thread_v2(body, context):
    flags = 1
    out = None
    try:
        _context0 = None
        _context1 = None
        _context2 = None
        if not (type(body) is dict): raise _json_fail(body)
        if not _scan_thread_v2_c98(body): raise _Fail
        if 'metadata' in body:
            v94 = body['metadata']
            try:
                if type(v94) is dict:
                    if (len(v94) > 1 and _scan_thread_v2_s24_clash(v94)): flags |= 2048
                t97 = type(v94)
                if t97 is dict:
                    if len(v94) > 16: raise _Fail
                    for k95, v96 in v94.items():
                        if type(k95) is not str: return None
                        if len(k95) > 64: raise _Fail
                        if type(v96) is not str: raise _json_fail(v96)
                        if len(v96) > 512: raise _Fail
                elif v94 is None:
                    pass
                else:
                    raise _json_fail(v94)
            except _Fail:
                flags |= _scan_thread_v2_sm24(v94, context) << 1
                out = _report(out, v94, ('metadata',), 'w_v2_3', 'v2')
        if 'tool_resources' in body:
            v50 = body['tool_resources']
            try:
                t93 = type(v50)
                if t93 is dict:
                    if 'code_interpreter' in v50:
                        v51 = v50['code_interpreter']
                        try:
                            if not (type(v51) is dict): raise _json_fail(v51)
                            if 'file_ids' in v51:
                                v52 = v51['file_ids']
                                try:
                                    if type(v52) is list:
                                        if (_scan_thread_v2_s17_unprefixed(v52, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 16
                                        if ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v52) > 1 and _scan_thread_v2_s18_repeats(v52)): flags |= 256
                                    if not (type(v52) is list): raise _json_fail(v52)
                                    if len(v52) > 20: raise _Fail
                                    if len(v52) < 16:
                                        for v55 in v52:
                                            if type(v55) is not str: raise _json_fail(v55)
                                    elif _count_of(map(type, v52), _scan_thread_v2_c56) != len(v52): raise _json_fails(v52)
                                except _Fail:
                                    flags |= _scan_thread_v2_sm15(v52, context) << 1
                                    out = _report(out, v52, ('tool_resources', 'code_interpreter', 'file_ids',), 'w_v2_45', 'v2')
                            if len(v51) > 0 and not _scan_thread_v2_c57(v51) and (_r := _string_keys(v51, _scan_thread_v2_c58)) is not True: raise _verdict(_r)
                        except _Fail:
                            flags |= _scan_thread_v2_sm16(v51, context) << 1
                            out = _report(out, v51, ('tool_resources', 'code_interpreter',), 'w_v2_32', 'v2')
                    if 'file_search' in v50:
                        v59 = v50['file_search']
                        try:
                            if not (type(v59) is dict): raise _json_fail(v59)
                            if ('vector_store_ids' in v59) + ('vector_stores' in v59) != 1: raise _Fail
                            if 'vector_store_ids' in v59:
                                v60 = v59['vector_store_ids']
                                try:
                                    if type(v60) is list:
                                        if (_scan_thread_v2_s19_unprefixed(v60, _context2 if _context2 is not None else (_context2 := context.server.id_prefixes['vector_store']))): flags |= 32
                                        if ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v60) > 1 and _scan_thread_v2_s20_repeats(v60)): flags |= 256
                                    if not (type(v60) is list): raise _json_fail(v60)
                                    if len(v60) > 1: raise _Fail
                                    if len(v60) < 16:
                                        for v63 in v60:
                                            if type(v63) is not str: raise _json_fail(v63)
                                    elif _count_of(map(type, v60), _scan_thread_v2_c64) != len(v60): raise _json_fails(v60)
                                except _Fail:
                                    flags |= _scan_thread_v2_sm17(v60, context) << 1
                                    out = _report(out, v60, ('tool_resources', 'file_search', 'vector_store_ids',), 'w_v2_46', 'v2')
                            if 'vector_stores' in v59:
                                v65 = v59['vector_stores']
                                try:
                                    if not (type(v65) is list): raise _json_fail(v65)
                                    if len(v65) > 1: raise _Fail
                                    for v66 in (i67 := iter(v65)):
                                        try:
                                            if not (type(v66) is dict): raise _json_fail(v66)
                                            if 'file_ids' in v66:
                                                v68 = v66['file_ids']
                                                try:
                                                    if type(v68) is list:
                                                        if (_scan_thread_v2_s21_unprefixed(v68, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 16
                                                        if ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v68) > 1 and _scan_thread_v2_s22_repeats(v68)): flags |= 256
                                                    if not (type(v68) is list): raise _json_fail(v68)
                                                    if len(v68) > 10000: raise _Fail
                                                    if len(v68) < 16:
                                                        for v71 in v68:
                                                            if type(v71) is not str: raise _json_fail(v71)
                                                    elif _count_of(map(type, v68), _scan_thread_v2_c72) != len(v68): raise _json_fails(v68)
                                                except _Fail:
                                                    flags |= _scan_thread_v2_sm18(v68, context) << 1
                                                    out = _report(out, v68, ('tool_resources', 'file_search', 'vector_stores', _index(v65, i67), 'file_ids',), 'w_v2_59', 'v2')
                                            if 'metadata' in v66:
                                                v83 = v66['metadata']
                                                try:
                                                    if type(v83) is dict:
                                                        if (len(v83) > 1 and _scan_thread_v2_s23_clash(v83)): flags |= 2048
                                                    t86 = type(v83)
                                                    if t86 is dict:
                                                        if len(v83) > 16: raise _Fail
                                                        for k84, v85 in v83.items():
                                                            if type(k84) is not str: return None
                                                            if len(k84) > 64: raise _Fail
                                                            if type(v85) is not str: raise _json_fail(v85)
                                                            if len(v85) > 512: raise _Fail
                                                    elif v83 is None:
                                                        pass
                                                    else:
                                                        raise _json_fail(v83)
                                                except _Fail:
                                                    flags |= _scan_thread_v2_sm19(v83, context) << 1
                                                    out = _report(out, v83, ('tool_resources', 'file_search', 'vector_stores', _index(v65, i67), 'metadata',), 'w_v2_3', 'v2')
                                            if 'chunking_strategy' in v66:
                                                v73 = v66['chunking_strategy']
                                                try:
                                                    if not (type(v73) is dict): raise _json_fail(v73)
                                                    if 'type' not in v73: raise _Fail
                                                    tag74 = v73['type']
                                                    if type(tag74) is not str: raise _json_fail(tag74)
                                                    if tag74 == 'auto':
                                                        if not _scan_thread_v2_c75(v73): raise _Fail
                                                    elif tag74 == 'static':
                                                        if 'static' not in v73: raise _Fail
                                                        if not _scan_thread_v2_c82(v73): raise _Fail
                                                        v76 = v73['static']
                                                        try:
                                                            if not (type(v76) is dict): raise _json_fail(v76)
                                                            if 'max_chunk_size_tokens' not in v76: raise _Fail
                                                            if 'chunk_overlap_tokens' not in v76: raise _Fail
                                                            if not _scan_thread_v2_c81(v76): raise _Fail
                                                            v79 = v76['chunk_overlap_tokens']
                                                            try:
                                                                t80 = type(v79)
                                                                if t80 is int:
                                                                    pass
                                                                elif t80 is float:
                                                                    if not v79.is_integer(): raise _Fail
                                                                else:
                                                                    raise _json_fail(v79)
                                                            except _Fail:
                                                                out = _report(out, v79, ('tool_resources', 'file_search', 'vector_stores', _index(v65, i67), 'chunking_strategy', 'static', 'chunk_overlap_tokens',), 'w_v2_44', 'v2')
                                                            v77 = v76['max_chunk_size_tokens']
                                                            try:
                                                                t78 = type(v77)
                                                                if t78 is int:
                                                                    if v77 < 100: raise _Fail
                                                                    if v77 > 4096: raise _Fail
                                                                elif t78 is float:
                                                                    if not v77.is_integer(): raise _Fail
                                                                    if v77 < 100: raise _Fail
                                                                    if v77 > 4096: raise _Fail
                                                                else:
                                                                    raise _json_fail(v77)
                                                            except _Fail:
                                                                out = _report(out, v77, ('tool_resources', 'file_search', 'vector_stores', _index(v65, i67), 'chunking_strategy', 'static', 'max_chunk_size_tokens',), 'w_v2_43', 'v2')
                                                            if (_r := _overlap_at_most_half(v76.get('max_chunk_size_tokens'), v76.get('chunk_overlap_tokens'))) is not True: raise _verdict(_r)
                                                        except _Fail:
                                                            out = _report(out, v76, ('tool_resources', 'file_search', 'vector_stores', _index(v65, i67), 'chunking_strategy', 'static',), 'w_v2_31', 'v2')
                                                    else:
                                                        raise _Fail
                                                except _Fail:
                                                    out = _report(out, v73, ('tool_resources', 'file_search', 'vector_stores', _index(v65, i67), 'chunking_strategy',), 'w_v2_60', 'v2')
                                            if len(v66) > 0 and not _scan_thread_v2_c87(v66) and (_r := _string_keys(v66, _scan_thread_v2_c88)) is not True: raise _verdict(_r)
                                        except _Fail:
                                            flags |= _scan_thread_v2_sm20(v66, context) << 1
                                            out = _report(out, v66, ('tool_resources', 'file_search', 'vector_stores', _index(v65, i67),), 'w_v2_55', 'v2')
                                except _Fail:
                                    flags |= _scan_thread_v2_sm21(v65, context) << 1
                                    out = _report(out, v65, ('tool_resources', 'file_search', 'vector_stores',), 'w_v2_47', 'v2')
                            if len(v59) > 0 and not _scan_thread_v2_c89(v59) and (_r := _string_keys(v59, _scan_thread_v2_c90)) is not True: raise _verdict(_r)
                        except _Fail:
                            flags |= _scan_thread_v2_sm22(v59, context) << 1
                            out = _report(out, v59, ('tool_resources', 'file_search',), 'w_v2_33', 'v2')
                    if len(v50) > 0 and not _scan_thread_v2_c91(v50) and (_r := _string_keys(v50, _scan_thread_v2_c92)) is not True: raise _verdict(_r)
                elif v50 is None:
                    pass
                else:
                    raise _json_fail(v50)
            except _Fail:
                flags |= _scan_thread_v2_sm23(v50, context) << 1
                out = _report(out, v50, ('tool_resources',), 'w_v2_12', 'v2')
        if 'messages' in body:
            v1 = body['messages']
            try:
                if type(v1) is list:
                    if (len(v1) > _scan_thread_v2_s0_limit): flags |= 2
                if not (type(v1) is list): raise _json_fail(v1)
                for v2 in (i3 := iter(v1)):
                    try:
                        if not (type(v2) is dict): raise _json_fail(v2)
                        if 'role' not in v2: raise _Fail
                        if 'content' not in v2: raise _Fail
                        if not _scan_thread_v2_c49(v2): raise _Fail
                        v4 = v2['role']
                        try:
                            if not (type(v4) is str): raise _json_fail(v4)
                            if v4 not in _scan_thread_v2_c5: raise _Fail
                        except _Fail:
                            out = _report(out, v4, ('messages', _index(v1, i3), 'role',), 'w_v2_17', 'v2')
                        if 'metadata' in v2:
                            v45 = v2['metadata']
                            try:
                                if type(v45) is dict:
                                    if (len(v45) > 1 and _scan_thread_v2_s16_clash(v45)): flags |= 2048
                                t48 = type(v45)
                                if t48 is dict:
                                    if len(v45) > 16: raise _Fail
                                    for k46, v47 in v45.items():
                                        if type(k46) is not str: return None
                                        if len(k46) > 64: raise _Fail
                                        if type(v47) is not str: raise _json_fail(v47)
                                        if len(v47) > 512: raise _Fail
                                elif v45 is None:
                                    pass
                                else:
                                    raise _json_fail(v45)
                            except _Fail:
                                flags |= _scan_thread_v2_sm12(v45, context) << 1
                                out = _report(out, v45, ('messages', _index(v1, i3), 'metadata',), 'w_v2_3', 'v2')
                        if 'attachments' in v2:
                            v30 = v2['attachments']
                            try:
                                if (isinstance(v30, list) and len(v30) > 1 and _scan_thread_v2_s13_repeat(v30)): flags |= 512
                                t44 = type(v30)
                                if t44 is list:
                                    for v31 in (i32 := iter(v30)):
                                        try:
                                            if not (type(v31) is dict): raise _json_fail(v31)
                                            if 'file_id' not in v31: raise _Fail
                                            if 'tools' not in v31: raise _Fail
                                            v33 = v31['file_id']
                                            try:
                                                if (type(v33) is str and (not v33.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 16
                                                if not (type(v33) is str): raise _json_fail(v33)
                                            except _Fail:
                                                flags |= _scan_thread_v2_sm7(v33, context) << 1
                                                out = _report(out, v33, ('messages', _index(v1, i3), 'attachments', _index(v30, i32), 'file_id',), 'w_v2_51', 'v2')
                                            v34 = v31['tools']
                                            try:
                                                if not (type(v34) is list): raise _json_fail(v34)
                                                for v35 in (i36 := iter(v34)):
                                                    try:
                                                        if (isinstance(v35, dict) and len(v35) > 1 and _scan_thread_v2_s15_unknown(v35, context)): flags |= 128
                                                        if not (type(v35) is dict): raise _json_fail(v35)
                                                        if 'type' not in v35: raise _Fail
                                                        tag37 = v35['type']
                                                        if type(tag37) is not str: raise _json_fail(tag37)
                                                        if tag37 == 'code_interpreter':
                                                            if len(v35) > 1 and not _scan_thread_v2_c38(v35) and (_r := _string_keys(v35, _scan_thread_v2_c39)) is not True: raise _verdict(_r)
                                                        elif tag37 == 'file_search':
                                                            if len(v35) > 1 and not _scan_thread_v2_c40(v35) and (_r := _string_keys(v35, _scan_thread_v2_c41)) is not True: raise _verdict(_r)
                                                        else:
                                                            raise _Fail
                                                    except _Fail:
                                                        flags |= _scan_thread_v2_sm8(v35, context) << 1
                                                        out = _report(out, v35, ('messages', _index(v1, i3), 'attachments', _index(v30, i32), 'tools', _index(v34, i36),), 'w_v2_58', 'v2')
                                            except _Fail:
                                                flags |= _scan_thread_v2_sm9(v34, context) << 1
                                                out = _report(out, v34, ('messages', _index(v1, i3), 'attachments', _index(v30, i32), 'tools',), 'w_v2_52', 'v2')
                                            if len(v31) > 2 and not _scan_thread_v2_c42(v31) and (_r := _string_keys(v31, _scan_thread_v2_c43)) is not True: raise _verdict(_r)
                                        except _Fail:
                                            flags |= _scan_thread_v2_sm10(v31, context) << 1
                                            out = _report(out, v31, ('messages', _index(v1, i3), 'attachments', _index(v30, i32),), 'w_v2_38', 'v2')
                                elif v30 is None:
                                    pass
                                else:
                                    raise _json_fail(v30)
                            except _Fail:
                                flags |= _scan_thread_v2_sm11(v30, context) << 1
                                out = _report(out, v30, ('messages', _index(v1, i3), 'attachments',), 'w_v2_19', 'v2')
                        v6 = v2['content']
                        try:
                            if (isinstance(v6, str) and len(v6) > _scan_thread_v2_s1_limit): flags |= 4
                            if (v6 == ''): flags |= 1024
                            t29 = type(v6)
                            if t29 is str:
                                pass
                            elif t29 is list:
                                if len(v6) < 1: raise _Fail
                                for v7 in (i8 := iter(v6)):
                                    try:
                                        if not (type(v7) is dict): raise _json_fail(v7)
                                        if 'type' not in v7: raise _Fail
                                        tag9 = v7['type']
                                        if type(tag9) is not str: raise _json_fail(tag9)
                                        if tag9 == 'image_file':
                                            if (not _scan_thread_v2_s3_keys.issuperset(v7)): flags |= 128
                                            if 'image_file' not in v7: raise _Fail
                                            v10 = v7['image_file']
                                            try:
                                                if (isinstance(v10, dict) and (not _scan_thread_v2_s4_keys.issuperset(v10))): flags |= 128
                                                if not (type(v10) is dict): raise _json_fail(v10)
                                                if 'file_id' not in v10: raise _Fail
                                                v11 = v10['file_id']
                                                try:
                                                    if (type(v11) is str and (not v11.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 16
                                                    if not (type(v11) is str): raise _json_fail(v11)
                                                except _Fail:
                                                    flags |= _scan_thread_v2_sm0(v11, context) << 1
                                                    out = _report(out, v11, ('messages', _index(v1, i3), 'content', _index(v6, i8), 'image_file', 'file_id',), 'w_v2_39', 'v2')
                                                if 'detail' in v10:
                                                    v12 = v10['detail']
                                                    try:
                                                        if not (type(v12) is str): raise _json_fail(v12)
                                                        if v12 not in _scan_thread_v2_c13: raise _Fail
                                                    except _Fail:
                                                        out = _report(out, v12, ('messages', _index(v1, i3), 'content', _index(v6, i8), 'image_file', 'detail',), 'w_v2_40', 'v2')
                                                if len(v10) > 1 and not _scan_thread_v2_c14(v10) and (_r := _string_keys(v10, _scan_thread_v2_c15)) is not True: raise _verdict(_r)
                                            except _Fail:
                                                flags |= _scan_thread_v2_sm1(v10, context) << 1
                                                out = _report(out, v10, ('messages', _index(v1, i3), 'content', _index(v6, i8), 'image_file',), 'w_v2_22', 'v2')
                                            if len(v7) > 2 and not _scan_thread_v2_c16(v7) and (_r := _string_keys(v7, _scan_thread_v2_c17)) is not True: raise _verdict(_r)
                                        elif tag9 == 'image_url':
                                            if (not _scan_thread_v2_s6_keys.issuperset(v7)): flags |= 128
                                            if 'image_url' not in v7: raise _Fail
                                            v18 = v7['image_url']
                                            try:
                                                if (isinstance(v18, dict) and (not _scan_thread_v2_s7_keys.issuperset(v18))): flags |= 128
                                                if not (type(v18) is dict): raise _json_fail(v18)
                                                if 'url' not in v18: raise _Fail
                                                if 'detail' in v18:
                                                    v20 = v18['detail']
                                                    try:
                                                        if not (type(v20) is str): raise _json_fail(v20)
                                                        if v20 not in _scan_thread_v2_c21: raise _Fail
                                                    except _Fail:
                                                        out = _report(out, v20, ('messages', _index(v1, i3), 'content', _index(v6, i8), 'image_url', 'detail',), 'w_v2_42', 'v2')
                                                v19 = v18['url']
                                                try:
                                                    if (isinstance(v19, str) and (not v19.startswith(_scan_thread_v2_s8_schemes)) and (not v19[:8].lower().startswith(_scan_thread_v2_s8_schemes))): flags |= 8
                                                    if (isinstance(v19, str) and ('?' in v19 or '#' in v19 or (v19[-4:].lower() not in _scan_thread_v2_s9_extensions and v19[-5:].lower() not in _scan_thread_v2_s9_extensions)) and v19[:8].lower().startswith(_scan_thread_v2_s9_web)): flags |= 4096
                                                    if not (type(v19) is str): raise _json_fail(v19)
                                                    if not _is_uri(v19): raise _Fail
                                                except _Fail:
                                                    flags |= _scan_thread_v2_sm2(v19, context) << 1
                                                    out = _report(out, v19, ('messages', _index(v1, i3), 'content', _index(v6, i8), 'image_url', 'url',), 'w_v2_41', 'v2')
                                                if len(v18) > 1 and not _scan_thread_v2_c22(v18) and (_r := _string_keys(v18, _scan_thread_v2_c23)) is not True: raise _verdict(_r)
                                            except _Fail:
                                                flags |= _scan_thread_v2_sm3(v18, context) << 1
                                                out = _report(out, v18, ('messages', _index(v1, i3), 'content', _index(v6, i8), 'image_url',), 'w_v2_24', 'v2')
                                            if len(v7) > 2 and not _scan_thread_v2_c24(v7) and (_r := _string_keys(v7, _scan_thread_v2_c25)) is not True: raise _verdict(_r)
                                        elif tag9 == 'text':
                                            if (not _scan_thread_v2_s10_keys.issuperset(v7)): flags |= 128
                                            if 'text' not in v7: raise _Fail
                                            v26 = v7['text']
                                            try:
                                                if (isinstance(v26, str) and len(v26) > _scan_thread_v2_s11_limit): flags |= 4
                                                if (v26 == ''): flags |= 1024
                                                if not (type(v26) is str): raise _json_fail(v26)
                                            except _Fail:
                                                flags |= _scan_thread_v2_sm4(v26, context) << 1
                                                out = _report(out, v26, ('messages', _index(v1, i3), 'content', _index(v6, i8), 'text',), 'w_v2_26', 'v2')
                                            if len(v7) > 2 and not _scan_thread_v2_c27(v7) and (_r := _string_keys(v7, _scan_thread_v2_c28)) is not True: raise _verdict(_r)
                                        else:
                                            raise _Fail
                                    except _Fail:
                                        flags |= _scan_thread_v2_sm5(v7, context) << 1
                                        out = _report(out, v7, ('messages', _index(v1, i3), 'content', _index(v6, i8),), 'w_v2_50', 'v2')
                            else:
                                raise _json_fail(v6)
                        except _Fail:
                            flags |= _scan_thread_v2_sm6(v6, context) << 1
                            out = _report(out, v6, ('messages', _index(v1, i3), 'content',), 'w_v2_18', 'v2')
                    except _Fail:
                        flags |= _scan_thread_v2_sm13(v2, context) << 1
                        out = _report(out, v2, ('messages', _index(v1, i3),), 'w_v2_2', 'v2')
            except _Fail:
                flags |= _scan_thread_v2_sm14(v1, context) << 1
                out = _report(out, v1, ('messages',), 'w_v2_11', 'v2')
    except _Fail:
        return False
    except Exception:
        return None
    return flags if out is None else (flags, out)


def _scan_thread_v2_sm0(v0, context):
    flags = 0
    _context0 = None
    if (type(v0) is str and (not v0.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_thread_v2_sm1(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, dict) and (not _scan_thread_v2_sm1_s0_keys.issuperset(v0))): flags |= 64
    if isinstance(v0, dict):
        if 'file_id' in v0:
            v1 = v0['file_id']
            if (type(v1) is str and (not v1.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_thread_v2_sm2(v0, context):
    flags = 0
    if (isinstance(v0, str) and (not v0.startswith(_scan_thread_v2_sm2_s0_schemes)) and (not v0[:8].lower().startswith(_scan_thread_v2_sm2_s0_schemes))): flags |= 4
    if (isinstance(v0, str) and ('?' in v0 or '#' in v0 or (v0[-4:].lower() not in _scan_thread_v2_sm2_s1_extensions and v0[-5:].lower() not in _scan_thread_v2_sm2_s1_extensions)) and v0[:8].lower().startswith(_scan_thread_v2_sm2_s1_web)): flags |= 2048
    return flags


def _scan_thread_v2_sm3(v0, context):
    flags = 0
    if (isinstance(v0, dict) and (not _scan_thread_v2_sm3_s0_keys.issuperset(v0))): flags |= 64
    if isinstance(v0, dict):
        if 'url' in v0:
            v1 = v0['url']
            if (isinstance(v1, str) and (not v1.startswith(_scan_thread_v2_sm3_s1_schemes)) and (not v1[:8].lower().startswith(_scan_thread_v2_sm3_s1_schemes))): flags |= 4
            if (isinstance(v1, str) and ('?' in v1 or '#' in v1 or (v1[-4:].lower() not in _scan_thread_v2_sm3_s2_extensions and v1[-5:].lower() not in _scan_thread_v2_sm3_s2_extensions)) and v1[:8].lower().startswith(_scan_thread_v2_sm3_s2_web)): flags |= 2048
    return flags


def _scan_thread_v2_sm4(v0, context):
    flags = 0
    if (isinstance(v0, str) and len(v0) > _scan_thread_v2_sm4_s0_limit): flags |= 2
    if (v0 == ''): flags |= 512
    return flags


def _scan_thread_v2_sm5(v0, context):
    flags = 0
    _context0 = None
    if isinstance(v0, dict):
        v1_tag = v0.get('type')
        if v1_tag == 'text':
            if (not _scan_thread_v2_sm5_s0_keys.issuperset(v0)): flags |= 64
            if 'text' in v0:
                v1 = v0['text']
                if (isinstance(v1, str) and len(v1) > _scan_thread_v2_sm5_s1_limit): flags |= 2
                if (v1 == ''): flags |= 512
        elif v1_tag == 'image_url':
            if (not _scan_thread_v2_sm5_s2_keys.issuperset(v0)): flags |= 64
            if 'image_url' in v0:
                v1 = v0['image_url']
                if (isinstance(v1, dict) and (not _scan_thread_v2_sm5_s3_keys.issuperset(v1))): flags |= 64
                if isinstance(v1, dict):
                    if 'url' in v1:
                        v2 = v1['url']
                        if (isinstance(v2, str) and (not v2.startswith(_scan_thread_v2_sm5_s4_schemes)) and (not v2[:8].lower().startswith(_scan_thread_v2_sm5_s4_schemes))): flags |= 4
                        if (isinstance(v2, str) and ('?' in v2 or '#' in v2 or (v2[-4:].lower() not in _scan_thread_v2_sm5_s5_extensions and v2[-5:].lower() not in _scan_thread_v2_sm5_s5_extensions)) and v2[:8].lower().startswith(_scan_thread_v2_sm5_s5_web)): flags |= 2048
        elif v1_tag == 'image_file':
            if (not _scan_thread_v2_sm5_s7_keys.issuperset(v0)): flags |= 64
            if 'image_file' in v0:
                v1 = v0['image_file']
                if (isinstance(v1, dict) and (not _scan_thread_v2_sm5_s8_keys.issuperset(v1))): flags |= 64
                if isinstance(v1, dict):
                    if 'file_id' in v1:
                        v2 = v1['file_id']
                        if (type(v2) is str and (not v2.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_thread_v2_sm6(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, str) and len(v0) > _scan_thread_v2_sm6_s0_limit): flags |= 2
    if (v0 == ''): flags |= 512
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                v2_tag = v1.get('type')
                if v2_tag == 'text':
                    if (not _scan_thread_v2_sm6_s1_keys.issuperset(v1)): flags |= 64
                    if 'text' in v1:
                        v2 = v1['text']
                        if (isinstance(v2, str) and len(v2) > _scan_thread_v2_sm6_s2_limit): flags |= 2
                        if (v2 == ''): flags |= 512
                elif v2_tag == 'image_url':
                    if (not _scan_thread_v2_sm6_s3_keys.issuperset(v1)): flags |= 64
                    if 'image_url' in v1:
                        v2 = v1['image_url']
                        if (isinstance(v2, dict) and (not _scan_thread_v2_sm6_s4_keys.issuperset(v2))): flags |= 64
                        if isinstance(v2, dict):
                            if 'url' in v2:
                                v3 = v2['url']
                                if (isinstance(v3, str) and (not v3.startswith(_scan_thread_v2_sm6_s5_schemes)) and (not v3[:8].lower().startswith(_scan_thread_v2_sm6_s5_schemes))): flags |= 4
                                if (isinstance(v3, str) and ('?' in v3 or '#' in v3 or (v3[-4:].lower() not in _scan_thread_v2_sm6_s6_extensions and v3[-5:].lower() not in _scan_thread_v2_sm6_s6_extensions)) and v3[:8].lower().startswith(_scan_thread_v2_sm6_s6_web)): flags |= 2048
                elif v2_tag == 'image_file':
                    if (not _scan_thread_v2_sm6_s8_keys.issuperset(v1)): flags |= 64
                    if 'image_file' in v1:
                        v2 = v1['image_file']
                        if (isinstance(v2, dict) and (not _scan_thread_v2_sm6_s9_keys.issuperset(v2))): flags |= 64
                        if isinstance(v2, dict):
                            if 'file_id' in v2:
                                v3 = v2['file_id']
                                if (type(v3) is str and (not v3.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_thread_v2_sm7(v0, context):
    flags = 0
    _context0 = None
    if (type(v0) is str and (not v0.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_thread_v2_sm8(v0, context):
    flags = 0
    if (isinstance(v0, dict) and len(v0) > 1 and _scan_thread_v2_sm8_s0_unknown(v0, context)): flags |= 64
    return flags


def _scan_thread_v2_sm9(v0, context):
    flags = 0
    if isinstance(v0, list):
        for v1 in v0:
            if (isinstance(v1, dict) and len(v1) > 1 and _scan_thread_v2_sm9_s0_unknown(v1, context)): flags |= 64
    return flags


def _scan_thread_v2_sm10(v0, context):
    flags = 0
    _context0 = None
    if isinstance(v0, dict):
        if 'file_id' in v0:
            v1 = v0['file_id']
            if (type(v1) is str and (not v1.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
        if 'tools' in v0:
            v1 = v0['tools']
            if isinstance(v1, list):
                for v2 in v1:
                    if (isinstance(v2, dict) and len(v2) > 1 and _scan_thread_v2_sm10_s0_unknown(v2, context)): flags |= 64
    return flags


def _scan_thread_v2_sm11(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, list) and len(v0) > 1 and _scan_thread_v2_sm11_s0_repeat(v0)): flags |= 256
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                if 'file_id' in v1:
                    v2 = v1['file_id']
                    if (type(v2) is str and (not v2.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                if 'tools' in v1:
                    v2 = v1['tools']
                    if isinstance(v2, list):
                        for v3 in v2:
                            if (isinstance(v3, dict) and len(v3) > 1 and _scan_thread_v2_sm11_s1_unknown(v3, context)): flags |= 64
    return flags


def _scan_thread_v2_sm12(v0, context):
    flags = 0
    if type(v0) is dict and (len(v0) > 1 and _scan_thread_v2_sm12_s0_clash(v0)): flags |= 1024
    return flags


def _scan_thread_v2_sm13(v0, context):
    flags = 0
    _context0 = None
    if isinstance(v0, dict):
        if 'content' in v0:
            v1 = v0['content']
            if (isinstance(v1, str) and len(v1) > _scan_thread_v2_sm13_s0_limit): flags |= 2
            if (v1 == ''): flags |= 512
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        v3_tag = v2.get('type')
                        if v3_tag == 'text':
                            if (not _scan_thread_v2_sm13_s1_keys.issuperset(v2)): flags |= 64
                            if 'text' in v2:
                                v3 = v2['text']
                                if (isinstance(v3, str) and len(v3) > _scan_thread_v2_sm13_s2_limit): flags |= 2
                                if (v3 == ''): flags |= 512
                        elif v3_tag == 'image_url':
                            if (not _scan_thread_v2_sm13_s3_keys.issuperset(v2)): flags |= 64
                            if 'image_url' in v2:
                                v3 = v2['image_url']
                                if (isinstance(v3, dict) and (not _scan_thread_v2_sm13_s4_keys.issuperset(v3))): flags |= 64
                                if isinstance(v3, dict):
                                    if 'url' in v3:
                                        v4 = v3['url']
                                        if (isinstance(v4, str) and (not v4.startswith(_scan_thread_v2_sm13_s5_schemes)) and (not v4[:8].lower().startswith(_scan_thread_v2_sm13_s5_schemes))): flags |= 4
                                        if (isinstance(v4, str) and ('?' in v4 or '#' in v4 or (v4[-4:].lower() not in _scan_thread_v2_sm13_s6_extensions and v4[-5:].lower() not in _scan_thread_v2_sm13_s6_extensions)) and v4[:8].lower().startswith(_scan_thread_v2_sm13_s6_web)): flags |= 2048
                        elif v3_tag == 'image_file':
                            if (not _scan_thread_v2_sm13_s8_keys.issuperset(v2)): flags |= 64
                            if 'image_file' in v2:
                                v3 = v2['image_file']
                                if (isinstance(v3, dict) and (not _scan_thread_v2_sm13_s9_keys.issuperset(v3))): flags |= 64
                                if isinstance(v3, dict):
                                    if 'file_id' in v3:
                                        v4 = v3['file_id']
                                        if (type(v4) is str and (not v4.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
        if 'attachments' in v0:
            v1 = v0['attachments']
            if (isinstance(v1, list) and len(v1) > 1 and _scan_thread_v2_sm13_s10_repeat(v1)): flags |= 256
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        if 'file_id' in v2:
                            v3 = v2['file_id']
                            if (type(v3) is str and (not v3.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                        if 'tools' in v2:
                            v3 = v2['tools']
                            if isinstance(v3, list):
                                for v4 in v3:
                                    if (isinstance(v4, dict) and len(v4) > 1 and _scan_thread_v2_sm13_s11_unknown(v4, context)): flags |= 64
        if 'file_ids' in v0:
            v1 = v0['file_ids']
            if (isinstance(v1, list) and _scan_thread_v2_sm13_s12_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
        if 'metadata' in v0:
            v1 = v0['metadata']
            if type(v1) is dict and (len(v1) > 1 and _scan_thread_v2_sm13_s13_clash(v1)): flags |= 1024
    return flags


def _scan_thread_v2_sm14(v0, context):
    flags = 0
    _context0 = None
    if type(v0) is list and (len(v0) > _scan_thread_v2_sm14_s0_limit): flags |= 1
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                if 'content' in v1:
                    v2 = v1['content']
                    if (isinstance(v2, str) and len(v2) > _scan_thread_v2_sm14_s1_limit): flags |= 2
                    if (v2 == ''): flags |= 512
                    if isinstance(v2, list):
                        for v3 in v2:
                            if isinstance(v3, dict):
                                v4_tag = v3.get('type')
                                if v4_tag == 'text':
                                    if (not _scan_thread_v2_sm14_s2_keys.issuperset(v3)): flags |= 64
                                    if 'text' in v3:
                                        v4 = v3['text']
                                        if (isinstance(v4, str) and len(v4) > _scan_thread_v2_sm14_s3_limit): flags |= 2
                                        if (v4 == ''): flags |= 512
                                elif v4_tag == 'image_url':
                                    if (not _scan_thread_v2_sm14_s4_keys.issuperset(v3)): flags |= 64
                                    if 'image_url' in v3:
                                        v4 = v3['image_url']
                                        if (isinstance(v4, dict) and (not _scan_thread_v2_sm14_s5_keys.issuperset(v4))): flags |= 64
                                        if isinstance(v4, dict):
                                            if 'url' in v4:
                                                v5 = v4['url']
                                                if (isinstance(v5, str) and (not v5.startswith(_scan_thread_v2_sm14_s6_schemes)) and (not v5[:8].lower().startswith(_scan_thread_v2_sm14_s6_schemes))): flags |= 4
                                                if (isinstance(v5, str) and ('?' in v5 or '#' in v5 or (v5[-4:].lower() not in _scan_thread_v2_sm14_s7_extensions and v5[-5:].lower() not in _scan_thread_v2_sm14_s7_extensions)) and v5[:8].lower().startswith(_scan_thread_v2_sm14_s7_web)): flags |= 2048
                                elif v4_tag == 'image_file':
                                    if (not _scan_thread_v2_sm14_s9_keys.issuperset(v3)): flags |= 64
                                    if 'image_file' in v3:
                                        v4 = v3['image_file']
                                        if (isinstance(v4, dict) and (not _scan_thread_v2_sm14_s10_keys.issuperset(v4))): flags |= 64
                                        if isinstance(v4, dict):
                                            if 'file_id' in v4:
                                                v5 = v4['file_id']
                                                if (type(v5) is str and (not v5.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                if 'attachments' in v1:
                    v2 = v1['attachments']
                    if (isinstance(v2, list) and len(v2) > 1 and _scan_thread_v2_sm14_s11_repeat(v2)): flags |= 256
                    if isinstance(v2, list):
                        for v3 in v2:
                            if isinstance(v3, dict):
                                if 'file_id' in v3:
                                    v4 = v3['file_id']
                                    if (type(v4) is str and (not v4.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                                if 'tools' in v3:
                                    v4 = v3['tools']
                                    if isinstance(v4, list):
                                        for v5 in v4:
                                            if (isinstance(v5, dict) and len(v5) > 1 and _scan_thread_v2_sm14_s12_unknown(v5, context)): flags |= 64
                if 'file_ids' in v1:
                    v2 = v1['file_ids']
                    if (isinstance(v2, list) and _scan_thread_v2_sm14_s13_unprefixed(v2, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                if 'metadata' in v1:
                    v2 = v1['metadata']
                    if type(v2) is dict and (len(v2) > 1 and _scan_thread_v2_sm14_s14_clash(v2)): flags |= 1024
    return flags


def _scan_thread_v2_sm15(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if type(v0) is list and (_scan_thread_v2_sm15_s0_unprefixed(v0, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
    if type(v0) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v0) > 1 and _scan_thread_v2_sm15_s1_repeats(v0)): flags |= 128
    return flags


def _scan_thread_v2_sm16(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if isinstance(v0, dict):
        if 'file_ids' in v0:
            v1 = v0['file_ids']
            if type(v1) is list and (_scan_thread_v2_sm16_s0_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
            if type(v1) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v1) > 1 and _scan_thread_v2_sm16_s1_repeats(v1)): flags |= 128
    return flags


def _scan_thread_v2_sm17(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if type(v0) is list and (_scan_thread_v2_sm17_s0_unprefixed(v0, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['vector_store']))): flags |= 16
    if type(v0) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v0) > 1 and _scan_thread_v2_sm17_s1_repeats(v0)): flags |= 128
    return flags


def _scan_thread_v2_sm18(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if type(v0) is list and (_scan_thread_v2_sm18_s0_unprefixed(v0, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
    if type(v0) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v0) > 1 and _scan_thread_v2_sm18_s1_repeats(v0)): flags |= 128
    return flags


def _scan_thread_v2_sm19(v0, context):
    flags = 0
    if type(v0) is dict and (len(v0) > 1 and _scan_thread_v2_sm19_s0_clash(v0)): flags |= 1024
    return flags


def _scan_thread_v2_sm20(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if isinstance(v0, dict):
        if 'file_ids' in v0:
            v1 = v0['file_ids']
            if type(v1) is list and (_scan_thread_v2_sm20_s0_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
            if type(v1) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v1) > 1 and _scan_thread_v2_sm20_s1_repeats(v1)): flags |= 128
        if 'metadata' in v0:
            v1 = v0['metadata']
            if type(v1) is dict and (len(v1) > 1 and _scan_thread_v2_sm20_s2_clash(v1)): flags |= 1024
    return flags


def _scan_thread_v2_sm21(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                if 'file_ids' in v1:
                    v2 = v1['file_ids']
                    if type(v2) is list and (_scan_thread_v2_sm21_s0_unprefixed(v2, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                    if type(v2) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v2) > 1 and _scan_thread_v2_sm21_s1_repeats(v2)): flags |= 128
                if 'metadata' in v1:
                    v2 = v1['metadata']
                    if type(v2) is dict and (len(v2) > 1 and _scan_thread_v2_sm21_s2_clash(v2)): flags |= 1024
    return flags


def _scan_thread_v2_sm22(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    _context2 = None
    if isinstance(v0, dict):
        if 'vector_stores' in v0:
            v1 = v0['vector_stores']
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        if 'file_ids' in v2:
                            v3 = v2['file_ids']
                            if type(v3) is list and (_scan_thread_v2_sm22_s0_unprefixed(v3, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                            if type(v3) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v3) > 1 and _scan_thread_v2_sm22_s1_repeats(v3)): flags |= 128
                        if 'metadata' in v2:
                            v3 = v2['metadata']
                            if type(v3) is dict and (len(v3) > 1 and _scan_thread_v2_sm22_s2_clash(v3)): flags |= 1024
        if 'vector_store_ids' in v0:
            v1 = v0['vector_store_ids']
            if type(v1) is list and (_scan_thread_v2_sm22_s3_unprefixed(v1, _context2 if _context2 is not None else (_context2 := context.server.id_prefixes['vector_store']))): flags |= 16
            if type(v1) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v1) > 1 and _scan_thread_v2_sm22_s4_repeats(v1)): flags |= 128
    return flags


def _scan_thread_v2_sm23(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    _context2 = None
    if isinstance(v0, dict):
        if 'code_interpreter' in v0:
            v1 = v0['code_interpreter']
            if isinstance(v1, dict):
                if 'file_ids' in v1:
                    v2 = v1['file_ids']
                    if type(v2) is list and (_scan_thread_v2_sm23_s0_unprefixed(v2, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                    if type(v2) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v2) > 1 and _scan_thread_v2_sm23_s1_repeats(v2)): flags |= 128
        if 'file_search' in v0:
            v1 = v0['file_search']
            if isinstance(v1, dict):
                if 'vector_stores' in v1:
                    v2 = v1['vector_stores']
                    if isinstance(v2, list):
                        for v3 in v2:
                            if isinstance(v3, dict):
                                if 'file_ids' in v3:
                                    v4 = v3['file_ids']
                                    if type(v4) is list and (_scan_thread_v2_sm23_s2_unprefixed(v4, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                                    if type(v4) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v4) > 1 and _scan_thread_v2_sm23_s3_repeats(v4)): flags |= 128
                                if 'metadata' in v3:
                                    v4 = v3['metadata']
                                    if type(v4) is dict and (len(v4) > 1 and _scan_thread_v2_sm23_s4_clash(v4)): flags |= 1024
                if 'vector_store_ids' in v1:
                    v2 = v1['vector_store_ids']
                    if type(v2) is list and (_scan_thread_v2_sm23_s5_unprefixed(v2, _context2 if _context2 is not None else (_context2 := context.server.id_prefixes['vector_store']))): flags |= 16
                    if type(v2) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v2) > 1 and _scan_thread_v2_sm23_s6_repeats(v2)): flags |= 128
    return flags


def _scan_thread_v2_sm24(v0, context):
    flags = 0
    if type(v0) is dict and (len(v0) > 1 and _scan_thread_v2_sm24_s0_clash(v0)): flags |= 1024
    return flags


_check_message_v2_c2 = frozenset({'assistant', 'user'})
_check_message_v2_c9 = frozenset({'auto', 'high', 'low'})
_check_message_v2_c10 = frozenset({'detail', 'file_id'}).issuperset
_check_message_v2_c11 = frozenset({'detail', 'file_id'})
_check_message_v2_c12 = frozenset({'image_file', 'type'}).issuperset
_check_message_v2_c13 = frozenset({'image_file', 'type'})
_check_message_v2_c17 = frozenset({'auto', 'high', 'low'})
_check_message_v2_c18 = frozenset({'detail', 'url'}).issuperset
_check_message_v2_c19 = frozenset({'detail', 'url'})
_check_message_v2_c20 = frozenset({'image_url', 'type'}).issuperset
_check_message_v2_c21 = frozenset({'image_url', 'type'})
_check_message_v2_c23 = frozenset({'text', 'type'}).issuperset
_check_message_v2_c24 = frozenset({'text', 'type'})
_check_message_v2_c32 = frozenset({'type'}).issuperset
_check_message_v2_c33 = frozenset({'type'})
_check_message_v2_c34 = frozenset({'type'}).issuperset
_check_message_v2_c35 = frozenset({'type'})
_check_message_v2_c36 = frozenset({'file_id', 'tools'}).issuperset
_check_message_v2_c37 = frozenset({'file_id', 'tools'})
_check_message_v2_c43 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset


def check_message_v2(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'role' not in body: return False
        if 'content' not in body: return False
        if not _check_message_v2_c43(body): return False
        v1 = body['role']
        if not (type(v1) is str): return _json_fault(v1)
        if v1 not in _check_message_v2_c2: return False
        if 'metadata' in body:
            v39 = body['metadata']
            t42 = type(v39)
            if t42 is dict:
                if len(v39) > 16: return False
                for k40, v41 in v39.items():
                    if type(k40) is not str: return _key_fault(v39)
                    if len(k40) > 64: return False
                    if type(v41) is not str: return _json_fault(v41)
                    if len(v41) > 512: return False
            elif v39 is None:
                pass
            else:
                return _json_fault(v39)
        if 'attachments' in body:
            v26 = body['attachments']
            t38 = type(v26)
            if t38 is list:
                for v27 in v26:
                    if not (type(v27) is dict): return _json_fault(v27)
                    if 'file_id' not in v27: return False
                    if 'tools' not in v27: return False
                    v28 = v27['file_id']
                    if not (type(v28) is str): return _json_fault(v28)
                    v29 = v27['tools']
                    if not (type(v29) is list): return _json_fault(v29)
                    for v30 in v29:
                        if not (type(v30) is dict): return _json_fault(v30)
                        if 'type' not in v30: return False
                        tag31 = v30['type']
                        if type(tag31) is not str: return _json_fault(tag31)
                        if tag31 == 'code_interpreter':
                            if len(v30) > 1 and not _check_message_v2_c32(v30) and (_r := _string_keys(v30, _check_message_v2_c33)) is not True: return _r
                        elif tag31 == 'file_search':
                            if len(v30) > 1 and not _check_message_v2_c34(v30) and (_r := _string_keys(v30, _check_message_v2_c35)) is not True: return _r
                        else:
                            return False
                    if len(v27) > 2 and not _check_message_v2_c36(v27) and (_r := _string_keys(v27, _check_message_v2_c37)) is not True: return _r
            elif v26 is None:
                pass
            else:
                return _json_fault(v26)
        v3 = body['content']
        t25 = type(v3)
        if t25 is str:
            pass
        elif t25 is list:
            if len(v3) < 1: return False
            for v4 in v3:
                if not (type(v4) is dict): return _json_fault(v4)
                if 'type' not in v4: return False
                tag5 = v4['type']
                if type(tag5) is not str: return _json_fault(tag5)
                if tag5 == 'image_file':
                    if 'image_file' not in v4: return False
                    v6 = v4['image_file']
                    if not (type(v6) is dict): return _json_fault(v6)
                    if 'file_id' not in v6: return False
                    v7 = v6['file_id']
                    if not (type(v7) is str): return _json_fault(v7)
                    if 'detail' in v6:
                        v8 = v6['detail']
                        if not (type(v8) is str): return _json_fault(v8)
                        if v8 not in _check_message_v2_c9: return False
                    if len(v6) > 1 and not _check_message_v2_c10(v6) and (_r := _string_keys(v6, _check_message_v2_c11)) is not True: return _r
                    if len(v4) > 2 and not _check_message_v2_c12(v4) and (_r := _string_keys(v4, _check_message_v2_c13)) is not True: return _r
                elif tag5 == 'image_url':
                    if 'image_url' not in v4: return False
                    v14 = v4['image_url']
                    if not (type(v14) is dict): return _json_fault(v14)
                    if 'url' not in v14: return False
                    v15 = v14['url']
                    if not (type(v15) is str): return _json_fault(v15)
                    if not _is_uri(v15): return False
                    if 'detail' in v14:
                        v16 = v14['detail']
                        if not (type(v16) is str): return _json_fault(v16)
                        if v16 not in _check_message_v2_c17: return False
                    if len(v14) > 1 and not _check_message_v2_c18(v14) and (_r := _string_keys(v14, _check_message_v2_c19)) is not True: return _r
                    if len(v4) > 2 and not _check_message_v2_c20(v4) and (_r := _string_keys(v4, _check_message_v2_c21)) is not True: return _r
                elif tag5 == 'text':
                    if 'text' not in v4: return False
                    v22 = v4['text']
                    if not (type(v22) is str): return _json_fault(v22)
                    if len(v4) > 2 and not _check_message_v2_c23(v4) and (_r := _string_keys(v4, _check_message_v2_c24)) is not True: return _r
                else:
                    return False
        else:
            return _json_fault(v3)
    except Exception:
        return None
    return True


_scan_message_v2_c2 = frozenset({'assistant', 'user'})
_scan_message_v2_c10 = frozenset({'auto', 'high', 'low'})
_scan_message_v2_c11 = frozenset({'detail', 'file_id'}).issuperset
_scan_message_v2_c12 = frozenset({'detail', 'file_id'})
_scan_message_v2_c13 = frozenset({'image_file', 'type'}).issuperset
_scan_message_v2_c14 = frozenset({'image_file', 'type'})
_scan_message_v2_c18 = frozenset({'auto', 'high', 'low'})
_scan_message_v2_c19 = frozenset({'detail', 'url'}).issuperset
_scan_message_v2_c20 = frozenset({'detail', 'url'})
_scan_message_v2_c21 = frozenset({'image_url', 'type'}).issuperset
_scan_message_v2_c22 = frozenset({'image_url', 'type'})
_scan_message_v2_c24 = frozenset({'text', 'type'}).issuperset
_scan_message_v2_c25 = frozenset({'text', 'type'})
_scan_message_v2_c35 = frozenset({'type'}).issuperset
_scan_message_v2_c36 = frozenset({'type'})
_scan_message_v2_c37 = frozenset({'type'}).issuperset
_scan_message_v2_c38 = frozenset({'type'})
_scan_message_v2_c39 = frozenset({'file_id', 'tools'}).issuperset
_scan_message_v2_c40 = frozenset({'file_id', 'tools'})
_scan_message_v2_c46 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset


def scan_message_v2(body, context):
    flags = 1
    out = None
    try:
        _context0 = None
        if not (type(body) is dict): raise _json_fail(body)
        if 'role' not in body: raise _Fail
        if 'content' not in body: raise _Fail
        if not _scan_message_v2_c46(body): raise _Fail
        v1 = body['role']
        try:
            if not (type(v1) is str): raise _json_fail(v1)
            if v1 not in _scan_message_v2_c2: raise _Fail
        except _Fail:
            out = _report(out, v1, ('role',), 'w_v2_17', 'v2')
        if 'metadata' in body:
            v42 = body['metadata']
            try:
                if type(v42) is dict:
                    if (len(v42) > 1 and _scan_message_v2_s15_clash(v42)): flags |= 2048
                t45 = type(v42)
                if t45 is dict:
                    if len(v42) > 16: raise _Fail
                    for k43, v44 in v42.items():
                        if type(k43) is not str: return None
                        if len(k43) > 64: raise _Fail
                        if type(v44) is not str: raise _json_fail(v44)
                        if len(v44) > 512: raise _Fail
                elif v42 is None:
                    pass
                else:
                    raise _json_fail(v42)
            except _Fail:
                flags |= _scan_message_v2_sm12(v42, context) << 1
                out = _report(out, v42, ('metadata',), 'w_v2_3', 'v2')
        if 'attachments' in body:
            v27 = body['attachments']
            try:
                if (isinstance(v27, list) and len(v27) > 1 and _scan_message_v2_s12_repeat(v27)): flags |= 512
                t41 = type(v27)
                if t41 is list:
                    for v28 in (i29 := iter(v27)):
                        try:
                            if not (type(v28) is dict): raise _json_fail(v28)
                            if 'file_id' not in v28: raise _Fail
                            if 'tools' not in v28: raise _Fail
                            v30 = v28['file_id']
                            try:
                                if (type(v30) is str and (not v30.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 16
                                if not (type(v30) is str): raise _json_fail(v30)
                            except _Fail:
                                flags |= _scan_message_v2_sm7(v30, context) << 1
                                out = _report(out, v30, ('attachments', _index(v27, i29), 'file_id',), 'w_v2_51', 'v2')
                            v31 = v28['tools']
                            try:
                                if not (type(v31) is list): raise _json_fail(v31)
                                for v32 in (i33 := iter(v31)):
                                    try:
                                        if (isinstance(v32, dict) and len(v32) > 1 and _scan_message_v2_s14_unknown(v32, context)): flags |= 128
                                        if not (type(v32) is dict): raise _json_fail(v32)
                                        if 'type' not in v32: raise _Fail
                                        tag34 = v32['type']
                                        if type(tag34) is not str: raise _json_fail(tag34)
                                        if tag34 == 'code_interpreter':
                                            if len(v32) > 1 and not _scan_message_v2_c35(v32) and (_r := _string_keys(v32, _scan_message_v2_c36)) is not True: raise _verdict(_r)
                                        elif tag34 == 'file_search':
                                            if len(v32) > 1 and not _scan_message_v2_c37(v32) and (_r := _string_keys(v32, _scan_message_v2_c38)) is not True: raise _verdict(_r)
                                        else:
                                            raise _Fail
                                    except _Fail:
                                        flags |= _scan_message_v2_sm8(v32, context) << 1
                                        out = _report(out, v32, ('attachments', _index(v27, i29), 'tools', _index(v31, i33),), 'w_v2_58', 'v2')
                            except _Fail:
                                flags |= _scan_message_v2_sm9(v31, context) << 1
                                out = _report(out, v31, ('attachments', _index(v27, i29), 'tools',), 'w_v2_52', 'v2')
                            if len(v28) > 2 and not _scan_message_v2_c39(v28) and (_r := _string_keys(v28, _scan_message_v2_c40)) is not True: raise _verdict(_r)
                        except _Fail:
                            flags |= _scan_message_v2_sm10(v28, context) << 1
                            out = _report(out, v28, ('attachments', _index(v27, i29),), 'w_v2_38', 'v2')
                elif v27 is None:
                    pass
                else:
                    raise _json_fail(v27)
            except _Fail:
                flags |= _scan_message_v2_sm11(v27, context) << 1
                out = _report(out, v27, ('attachments',), 'w_v2_19', 'v2')
        v3 = body['content']
        try:
            if (isinstance(v3, str) and len(v3) > _scan_message_v2_s0_limit): flags |= 4
            if (v3 == ''): flags |= 1024
            t26 = type(v3)
            if t26 is str:
                pass
            elif t26 is list:
                if len(v3) < 1: raise _Fail
                for v4 in (i5 := iter(v3)):
                    try:
                        if not (type(v4) is dict): raise _json_fail(v4)
                        if 'type' not in v4: raise _Fail
                        tag6 = v4['type']
                        if type(tag6) is not str: raise _json_fail(tag6)
                        if tag6 == 'image_file':
                            if (not _scan_message_v2_s2_keys.issuperset(v4)): flags |= 128
                            if 'image_file' not in v4: raise _Fail
                            v7 = v4['image_file']
                            try:
                                if (isinstance(v7, dict) and (not _scan_message_v2_s3_keys.issuperset(v7))): flags |= 128
                                if not (type(v7) is dict): raise _json_fail(v7)
                                if 'file_id' not in v7: raise _Fail
                                v8 = v7['file_id']
                                try:
                                    if (type(v8) is str and (not v8.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 16
                                    if not (type(v8) is str): raise _json_fail(v8)
                                except _Fail:
                                    flags |= _scan_message_v2_sm0(v8, context) << 1
                                    out = _report(out, v8, ('content', _index(v3, i5), 'image_file', 'file_id',), 'w_v2_39', 'v2')
                                if 'detail' in v7:
                                    v9 = v7['detail']
                                    try:
                                        if not (type(v9) is str): raise _json_fail(v9)
                                        if v9 not in _scan_message_v2_c10: raise _Fail
                                    except _Fail:
                                        out = _report(out, v9, ('content', _index(v3, i5), 'image_file', 'detail',), 'w_v2_40', 'v2')
                                if len(v7) > 1 and not _scan_message_v2_c11(v7) and (_r := _string_keys(v7, _scan_message_v2_c12)) is not True: raise _verdict(_r)
                            except _Fail:
                                flags |= _scan_message_v2_sm1(v7, context) << 1
                                out = _report(out, v7, ('content', _index(v3, i5), 'image_file',), 'w_v2_22', 'v2')
                            if len(v4) > 2 and not _scan_message_v2_c13(v4) and (_r := _string_keys(v4, _scan_message_v2_c14)) is not True: raise _verdict(_r)
                        elif tag6 == 'image_url':
                            if (not _scan_message_v2_s5_keys.issuperset(v4)): flags |= 128
                            if 'image_url' not in v4: raise _Fail
                            v15 = v4['image_url']
                            try:
                                if (isinstance(v15, dict) and (not _scan_message_v2_s6_keys.issuperset(v15))): flags |= 128
                                if not (type(v15) is dict): raise _json_fail(v15)
                                if 'url' not in v15: raise _Fail
                                if 'detail' in v15:
                                    v17 = v15['detail']
                                    try:
                                        if not (type(v17) is str): raise _json_fail(v17)
                                        if v17 not in _scan_message_v2_c18: raise _Fail
                                    except _Fail:
                                        out = _report(out, v17, ('content', _index(v3, i5), 'image_url', 'detail',), 'w_v2_42', 'v2')
                                v16 = v15['url']
                                try:
                                    if (isinstance(v16, str) and (not v16.startswith(_scan_message_v2_s7_schemes)) and (not v16[:8].lower().startswith(_scan_message_v2_s7_schemes))): flags |= 8
                                    if (isinstance(v16, str) and ('?' in v16 or '#' in v16 or (v16[-4:].lower() not in _scan_message_v2_s8_extensions and v16[-5:].lower() not in _scan_message_v2_s8_extensions)) and v16[:8].lower().startswith(_scan_message_v2_s8_web)): flags |= 4096
                                    if not (type(v16) is str): raise _json_fail(v16)
                                    if not _is_uri(v16): raise _Fail
                                except _Fail:
                                    flags |= _scan_message_v2_sm2(v16, context) << 1
                                    out = _report(out, v16, ('content', _index(v3, i5), 'image_url', 'url',), 'w_v2_41', 'v2')
                                if len(v15) > 1 and not _scan_message_v2_c19(v15) and (_r := _string_keys(v15, _scan_message_v2_c20)) is not True: raise _verdict(_r)
                            except _Fail:
                                flags |= _scan_message_v2_sm3(v15, context) << 1
                                out = _report(out, v15, ('content', _index(v3, i5), 'image_url',), 'w_v2_24', 'v2')
                            if len(v4) > 2 and not _scan_message_v2_c21(v4) and (_r := _string_keys(v4, _scan_message_v2_c22)) is not True: raise _verdict(_r)
                        elif tag6 == 'text':
                            if (not _scan_message_v2_s9_keys.issuperset(v4)): flags |= 128
                            if 'text' not in v4: raise _Fail
                            v23 = v4['text']
                            try:
                                if (isinstance(v23, str) and len(v23) > _scan_message_v2_s10_limit): flags |= 4
                                if (v23 == ''): flags |= 1024
                                if not (type(v23) is str): raise _json_fail(v23)
                            except _Fail:
                                flags |= _scan_message_v2_sm4(v23, context) << 1
                                out = _report(out, v23, ('content', _index(v3, i5), 'text',), 'w_v2_26', 'v2')
                            if len(v4) > 2 and not _scan_message_v2_c24(v4) and (_r := _string_keys(v4, _scan_message_v2_c25)) is not True: raise _verdict(_r)
                        else:
                            raise _Fail
                    except _Fail:
                        flags |= _scan_message_v2_sm5(v4, context) << 1
                        out = _report(out, v4, ('content', _index(v3, i5),), 'w_v2_50', 'v2')
            else:
                raise _json_fail(v3)
        except _Fail:
            flags |= _scan_message_v2_sm6(v3, context) << 1
            out = _report(out, v3, ('content',), 'w_v2_18', 'v2')
    except _Fail:
        return False
    except Exception:
        return None
    return flags if out is None else (flags, out)


def _scan_message_v2_sm0(v0, context):
    flags = 0
    _context0 = None
    if (type(v0) is str and (not v0.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_message_v2_sm1(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, dict) and (not _scan_message_v2_sm1_s0_keys.issuperset(v0))): flags |= 64
    if isinstance(v0, dict):
        if 'file_id' in v0:
            v1 = v0['file_id']
            if (type(v1) is str and (not v1.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_message_v2_sm2(v0, context):
    flags = 0
    if (isinstance(v0, str) and (not v0.startswith(_scan_message_v2_sm2_s0_schemes)) and (not v0[:8].lower().startswith(_scan_message_v2_sm2_s0_schemes))): flags |= 4
    if (isinstance(v0, str) and ('?' in v0 or '#' in v0 or (v0[-4:].lower() not in _scan_message_v2_sm2_s1_extensions and v0[-5:].lower() not in _scan_message_v2_sm2_s1_extensions)) and v0[:8].lower().startswith(_scan_message_v2_sm2_s1_web)): flags |= 2048
    return flags


def _scan_message_v2_sm3(v0, context):
    flags = 0
    if (isinstance(v0, dict) and (not _scan_message_v2_sm3_s0_keys.issuperset(v0))): flags |= 64
    if isinstance(v0, dict):
        if 'url' in v0:
            v1 = v0['url']
            if (isinstance(v1, str) and (not v1.startswith(_scan_message_v2_sm3_s1_schemes)) and (not v1[:8].lower().startswith(_scan_message_v2_sm3_s1_schemes))): flags |= 4
            if (isinstance(v1, str) and ('?' in v1 or '#' in v1 or (v1[-4:].lower() not in _scan_message_v2_sm3_s2_extensions and v1[-5:].lower() not in _scan_message_v2_sm3_s2_extensions)) and v1[:8].lower().startswith(_scan_message_v2_sm3_s2_web)): flags |= 2048
    return flags


def _scan_message_v2_sm4(v0, context):
    flags = 0
    if (isinstance(v0, str) and len(v0) > _scan_message_v2_sm4_s0_limit): flags |= 2
    if (v0 == ''): flags |= 512
    return flags


def _scan_message_v2_sm5(v0, context):
    flags = 0
    _context0 = None
    if isinstance(v0, dict):
        v1_tag = v0.get('type')
        if v1_tag == 'text':
            if (not _scan_message_v2_sm5_s0_keys.issuperset(v0)): flags |= 64
            if 'text' in v0:
                v1 = v0['text']
                if (isinstance(v1, str) and len(v1) > _scan_message_v2_sm5_s1_limit): flags |= 2
                if (v1 == ''): flags |= 512
        elif v1_tag == 'image_url':
            if (not _scan_message_v2_sm5_s2_keys.issuperset(v0)): flags |= 64
            if 'image_url' in v0:
                v1 = v0['image_url']
                if (isinstance(v1, dict) and (not _scan_message_v2_sm5_s3_keys.issuperset(v1))): flags |= 64
                if isinstance(v1, dict):
                    if 'url' in v1:
                        v2 = v1['url']
                        if (isinstance(v2, str) and (not v2.startswith(_scan_message_v2_sm5_s4_schemes)) and (not v2[:8].lower().startswith(_scan_message_v2_sm5_s4_schemes))): flags |= 4
                        if (isinstance(v2, str) and ('?' in v2 or '#' in v2 or (v2[-4:].lower() not in _scan_message_v2_sm5_s5_extensions and v2[-5:].lower() not in _scan_message_v2_sm5_s5_extensions)) and v2[:8].lower().startswith(_scan_message_v2_sm5_s5_web)): flags |= 2048
        elif v1_tag == 'image_file':
            if (not _scan_message_v2_sm5_s7_keys.issuperset(v0)): flags |= 64
            if 'image_file' in v0:
                v1 = v0['image_file']
                if (isinstance(v1, dict) and (not _scan_message_v2_sm5_s8_keys.issuperset(v1))): flags |= 64
                if isinstance(v1, dict):
                    if 'file_id' in v1:
                        v2 = v1['file_id']
                        if (type(v2) is str and (not v2.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_message_v2_sm6(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, str) and len(v0) > _scan_message_v2_sm6_s0_limit): flags |= 2
    if (v0 == ''): flags |= 512
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                v2_tag = v1.get('type')
                if v2_tag == 'text':
                    if (not _scan_message_v2_sm6_s1_keys.issuperset(v1)): flags |= 64
                    if 'text' in v1:
                        v2 = v1['text']
                        if (isinstance(v2, str) and len(v2) > _scan_message_v2_sm6_s2_limit): flags |= 2
                        if (v2 == ''): flags |= 512
                elif v2_tag == 'image_url':
                    if (not _scan_message_v2_sm6_s3_keys.issuperset(v1)): flags |= 64
                    if 'image_url' in v1:
                        v2 = v1['image_url']
                        if (isinstance(v2, dict) and (not _scan_message_v2_sm6_s4_keys.issuperset(v2))): flags |= 64
                        if isinstance(v2, dict):
                            if 'url' in v2:
                                v3 = v2['url']
                                if (isinstance(v3, str) and (not v3.startswith(_scan_message_v2_sm6_s5_schemes)) and (not v3[:8].lower().startswith(_scan_message_v2_sm6_s5_schemes))): flags |= 4
                                if (isinstance(v3, str) and ('?' in v3 or '#' in v3 or (v3[-4:].lower() not in _scan_message_v2_sm6_s6_extensions and v3[-5:].lower() not in _scan_message_v2_sm6_s6_extensions)) and v3[:8].lower().startswith(_scan_message_v2_sm6_s6_web)): flags |= 2048
                elif v2_tag == 'image_file':
                    if (not _scan_message_v2_sm6_s8_keys.issuperset(v1)): flags |= 64
                    if 'image_file' in v1:
                        v2 = v1['image_file']
                        if (isinstance(v2, dict) and (not _scan_message_v2_sm6_s9_keys.issuperset(v2))): flags |= 64
                        if isinstance(v2, dict):
                            if 'file_id' in v2:
                                v3 = v2['file_id']
                                if (type(v3) is str and (not v3.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_message_v2_sm7(v0, context):
    flags = 0
    _context0 = None
    if (type(v0) is str and (not v0.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_message_v2_sm8(v0, context):
    flags = 0
    if (isinstance(v0, dict) and len(v0) > 1 and _scan_message_v2_sm8_s0_unknown(v0, context)): flags |= 64
    return flags


def _scan_message_v2_sm9(v0, context):
    flags = 0
    if isinstance(v0, list):
        for v1 in v0:
            if (isinstance(v1, dict) and len(v1) > 1 and _scan_message_v2_sm9_s0_unknown(v1, context)): flags |= 64
    return flags


def _scan_message_v2_sm10(v0, context):
    flags = 0
    _context0 = None
    if isinstance(v0, dict):
        if 'file_id' in v0:
            v1 = v0['file_id']
            if (type(v1) is str and (not v1.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
        if 'tools' in v0:
            v1 = v0['tools']
            if isinstance(v1, list):
                for v2 in v1:
                    if (isinstance(v2, dict) and len(v2) > 1 and _scan_message_v2_sm10_s0_unknown(v2, context)): flags |= 64
    return flags


def _scan_message_v2_sm11(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, list) and len(v0) > 1 and _scan_message_v2_sm11_s0_repeat(v0)): flags |= 256
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                if 'file_id' in v1:
                    v2 = v1['file_id']
                    if (type(v2) is str and (not v2.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                if 'tools' in v1:
                    v2 = v1['tools']
                    if isinstance(v2, list):
                        for v3 in v2:
                            if (isinstance(v3, dict) and len(v3) > 1 and _scan_message_v2_sm11_s1_unknown(v3, context)): flags |= 64
    return flags


def _scan_message_v2_sm12(v0, context):
    flags = 0
    if type(v0) is dict and (len(v0) > 1 and _scan_message_v2_sm12_s0_clash(v0)): flags |= 1024
    return flags


_check_thread_object_v2_c3 = frozenset({'thread'})
_check_thread_object_v2_c11 = str
_check_thread_object_v2_c12 = frozenset({'file_ids'}).issuperset
_check_thread_object_v2_c13 = frozenset({'file_ids'})
_check_thread_object_v2_c18 = str
_check_thread_object_v2_c19 = frozenset({'vector_store_ids'}).issuperset
_check_thread_object_v2_c20 = frozenset({'vector_store_ids'})
_check_thread_object_v2_c21 = frozenset({'code_interpreter', 'file_search'}).issuperset
_check_thread_object_v2_c22 = frozenset({'code_interpreter', 'file_search'})
_check_thread_object_v2_c28 = frozenset({'created_at', 'id', 'metadata', 'object', 'tool_resources'}).issuperset
_check_thread_object_v2_c29 = frozenset({'created_at', 'id', 'metadata', 'object', 'tool_resources'})


def check_thread_object_v2(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'id' not in body: return False
        if 'object' not in body: return False
        if 'created_at' not in body: return False
        if 'tool_resources' not in body: return False
        if 'metadata' not in body: return False
        v1 = body['id']
        if not (type(v1) is str): return _json_fault(v1)
        v2 = body['object']
        if not (type(v2) is str): return _json_fault(v2)
        if v2 not in _check_thread_object_v2_c3: return False
        v4 = body['created_at']
        t5 = type(v4)
        if t5 is int:
            pass
        elif t5 is float:
            if not v4.is_integer(): return False
        else:
            return _json_fault(v4)
        v24 = body['metadata']
        t27 = type(v24)
        if t27 is dict:
            if len(v24) > 16: return False
            for k25, v26 in v24.items():
                if type(k25) is not str: return _key_fault(v24)
                if len(k25) > 64: return False
                if type(v26) is not str: return _json_fault(v26)
                if len(v26) > 512: return False
        elif v24 is None:
            pass
        else:
            return _json_fault(v24)
        v6 = body['tool_resources']
        t23 = type(v6)
        if t23 is dict:
            if 'code_interpreter' in v6:
                v7 = v6['code_interpreter']
                if not (type(v7) is dict): return _json_fault(v7)
                if 'file_ids' in v7:
                    v8 = v7['file_ids']
                    if not (type(v8) is list): return _json_fault(v8)
                    if len(v8) > 20: return False
                    if len(v8) < 16:
                        for v10 in v8:
                            if type(v10) is not str: return _json_fault(v10)
                    elif _count_of(map(type, v8), _check_thread_object_v2_c11) != len(v8): return _json_faults(v8)
                if len(v7) > 0 and not _check_thread_object_v2_c12(v7) and (_r := _string_keys(v7, _check_thread_object_v2_c13)) is not True: return _r
            if 'file_search' in v6:
                v14 = v6['file_search']
                if not (type(v14) is dict): return _json_fault(v14)
                if 'vector_store_ids' in v14:
                    v15 = v14['vector_store_ids']
                    if not (type(v15) is list): return _json_fault(v15)
                    if len(v15) > 1: return False
                    if len(v15) < 16:
                        for v17 in v15:
                            if type(v17) is not str: return _json_fault(v17)
                    elif _count_of(map(type, v15), _check_thread_object_v2_c18) != len(v15): return _json_faults(v15)
                if len(v14) > 0 and not _check_thread_object_v2_c19(v14) and (_r := _string_keys(v14, _check_thread_object_v2_c20)) is not True: return _r
            if len(v6) > 0 and not _check_thread_object_v2_c21(v6) and (_r := _string_keys(v6, _check_thread_object_v2_c22)) is not True: return _r
        elif v6 is None:
            pass
        else:
            return _json_fault(v6)
        if len(body) > 5 and not _check_thread_object_v2_c28(body) and (_r := _string_keys(body, _check_thread_object_v2_c29)) is not True: return _r
    except Exception:
        return None
    return True


_scan_thread_object_v2_c3 = frozenset({'thread'})
_scan_thread_object_v2_c12 = str
_scan_thread_object_v2_c13 = frozenset({'file_ids'}).issuperset
_scan_thread_object_v2_c14 = frozenset({'file_ids'})
_scan_thread_object_v2_c20 = str
_scan_thread_object_v2_c21 = frozenset({'vector_store_ids'}).issuperset
_scan_thread_object_v2_c22 = frozenset({'vector_store_ids'})
_scan_thread_object_v2_c23 = frozenset({'code_interpreter', 'file_search'}).issuperset
_scan_thread_object_v2_c24 = frozenset({'code_interpreter', 'file_search'})
_scan_thread_object_v2_c30 = frozenset({'created_at', 'id', 'metadata', 'object', 'tool_resources'}).issuperset
_scan_thread_object_v2_c31 = frozenset({'created_at', 'id', 'metadata', 'object', 'tool_resources'})


def scan_thread_object_v2(body, context):
    flags = 1
    out = None
    try:
        _context0 = None
        _context1 = None
        _context2 = None
        if not (type(body) is dict): raise _json_fail(body)
        if 'id' not in body: raise _Fail
        if 'object' not in body: raise _Fail
        if 'created_at' not in body: raise _Fail
        if 'tool_resources' not in body: raise _Fail
        if 'metadata' not in body: raise _Fail
        v2 = body['object']
        try:
            if not (type(v2) is str): raise _json_fail(v2)
            if v2 not in _scan_thread_object_v2_c3: raise _Fail
        except _Fail:
            out = _report(out, v2, ('object',), 'w_v2_14', 'v2')
        v1 = body['id']
        try:
            if _scan_thread_object_v2_s0(('thread', v1), context): flags |= 16
            if _scan_thread_object_v2_s1(('thread', v1), context): flags |= 32
            if _scan_thread_object_v2_s2(('thread', v1), context): flags |= 64
            if not (type(v1) is str): raise _json_fail(v1)
        except _Fail:
            flags |= _scan_thread_object_v2_sm0(v1, context) << 1
            out = _report(out, v1, ('id',), 'w_v2_13', 'v2')
        v4 = body['created_at']
        try:
            t5 = type(v4)
            if t5 is int:
                pass
            elif t5 is float:
                if not v4.is_integer(): raise _Fail
            else:
                raise _json_fail(v4)
        except _Fail:
            out = _report(out, v4, ('created_at',), 'w_v2_15', 'v2')
        v26 = body['metadata']
        try:
            if type(v26) is dict:
                if (len(v26) > 1 and _scan_thread_object_v2_s7_clash(v26)): flags |= 2048
            t29 = type(v26)
            if t29 is dict:
                if len(v26) > 16: raise _Fail
                for k27, v28 in v26.items():
                    if type(k27) is not str: return None
                    if len(k27) > 64: raise _Fail
                    if type(v28) is not str: raise _json_fail(v28)
                    if len(v28) > 512: raise _Fail
            elif v26 is None:
                pass
            else:
                raise _json_fail(v26)
        except _Fail:
            flags |= _scan_thread_object_v2_sm6(v26, context) << 1
            out = _report(out, v26, ('metadata',), 'w_v2_3', 'v2')
        v6 = body['tool_resources']
        try:
            t25 = type(v6)
            if t25 is dict:
                if 'code_interpreter' in v6:
                    v7 = v6['code_interpreter']
                    try:
                        if not (type(v7) is dict): raise _json_fail(v7)
                        if 'file_ids' in v7:
                            v8 = v7['file_ids']
                            try:
                                if type(v8) is list:
                                    if (_scan_thread_object_v2_s3_unprefixed(v8, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 16
                                    if ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v8) > 1 and _scan_thread_object_v2_s4_repeats(v8)): flags |= 256
                                if not (type(v8) is list): raise _json_fail(v8)
                                if len(v8) > 20: raise _Fail
                                if len(v8) < 16:
                                    for v11 in v8:
                                        if type(v11) is not str: raise _json_fail(v11)
                                elif _count_of(map(type, v8), _scan_thread_object_v2_c12) != len(v8): raise _json_fails(v8)
                            except _Fail:
                                flags |= _scan_thread_object_v2_sm1(v8, context) << 1
                                out = _report(out, v8, ('tool_resources', 'code_interpreter', 'file_ids',), 'w_v2_48', 'v2')
                        if len(v7) > 0 and not _scan_thread_object_v2_c13(v7) and (_r := _string_keys(v7, _scan_thread_object_v2_c14)) is not True: raise _verdict(_r)
                    except _Fail:
                        flags |= _scan_thread_object_v2_sm2(v7, context) << 1
                        out = _report(out, v7, ('tool_resources', 'code_interpreter',), 'w_v2_34', 'v2')
                if 'file_search' in v6:
                    v15 = v6['file_search']
                    try:
                        if not (type(v15) is dict): raise _json_fail(v15)
                        if 'vector_store_ids' in v15:
                            v16 = v15['vector_store_ids']
                            try:
                                if type(v16) is list:
                                    if (_scan_thread_object_v2_s5_unprefixed(v16, _context2 if _context2 is not None else (_context2 := context.server.id_prefixes['vector_store']))): flags |= 32
                                    if ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v16) > 1 and _scan_thread_object_v2_s6_repeats(v16)): flags |= 256
                                if not (type(v16) is list): raise _json_fail(v16)
                                if len(v16) > 1: raise _Fail
                                if len(v16) < 16:
                                    for v19 in v16:
                                        if type(v19) is not str: raise _json_fail(v19)
                                elif _count_of(map(type, v16), _scan_thread_object_v2_c20) != len(v16): raise _json_fails(v16)
                            except _Fail:
                                flags |= _scan_thread_object_v2_sm3(v16, context) << 1
                                out = _report(out, v16, ('tool_resources', 'file_search', 'vector_store_ids',), 'w_v2_49', 'v2')
                        if len(v15) > 0 and not _scan_thread_object_v2_c21(v15) and (_r := _string_keys(v15, _scan_thread_object_v2_c22)) is not True: raise _verdict(_r)
                    except _Fail:
                        flags |= _scan_thread_object_v2_sm4(v15, context) << 1
                        out = _report(out, v15, ('tool_resources', 'file_search',), 'w_v2_35', 'v2')
                if len(v6) > 0 and not _scan_thread_object_v2_c23(v6) and (_r := _string_keys(v6, _scan_thread_object_v2_c24)) is not True: raise _verdict(_r)
            elif v6 is None:
                pass
            else:
                raise _json_fail(v6)
        except _Fail:
            flags |= _scan_thread_object_v2_sm5(v6, context) << 1
            out = _report(out, v6, ('tool_resources',), 'w_v2_16', 'v2')
        if len(body) > 5 and not _scan_thread_object_v2_c30(body) and (_r := _string_keys(body, _scan_thread_object_v2_c31)) is not True: raise _verdict(_r)
    except _Fail:
        return False
    except Exception:
        return None
    return flags if out is None else (flags, out)


def _scan_thread_object_v2_sm0(v0, context):
    flags = 0
    if _scan_thread_object_v2_sm0_s0(('thread', v0), context): flags |= 8
    if _scan_thread_object_v2_sm0_s1(('thread', v0), context): flags |= 16
    if _scan_thread_object_v2_sm0_s2(('thread', v0), context): flags |= 32
    return flags


def _scan_thread_object_v2_sm1(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if type(v0) is list and (_scan_thread_object_v2_sm1_s0_unprefixed(v0, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
    if type(v0) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v0) > 1 and _scan_thread_object_v2_sm1_s1_repeats(v0)): flags |= 128
    return flags


def _scan_thread_object_v2_sm2(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if isinstance(v0, dict):
        if 'file_ids' in v0:
            v1 = v0['file_ids']
            if type(v1) is list and (_scan_thread_object_v2_sm2_s0_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
            if type(v1) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v1) > 1 and _scan_thread_object_v2_sm2_s1_repeats(v1)): flags |= 128
    return flags


def _scan_thread_object_v2_sm3(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if type(v0) is list and (_scan_thread_object_v2_sm3_s0_unprefixed(v0, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['vector_store']))): flags |= 16
    if type(v0) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v0) > 1 and _scan_thread_object_v2_sm3_s1_repeats(v0)): flags |= 128
    return flags


def _scan_thread_object_v2_sm4(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if isinstance(v0, dict):
        if 'vector_store_ids' in v0:
            v1 = v0['vector_store_ids']
            if type(v1) is list and (_scan_thread_object_v2_sm4_s0_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['vector_store']))): flags |= 16
            if type(v1) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v1) > 1 and _scan_thread_object_v2_sm4_s1_repeats(v1)): flags |= 128
    return flags


def _scan_thread_object_v2_sm5(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    _context2 = None
    if isinstance(v0, dict):
        if 'code_interpreter' in v0:
            v1 = v0['code_interpreter']
            if isinstance(v1, dict):
                if 'file_ids' in v1:
                    v2 = v1['file_ids']
                    if type(v2) is list and (_scan_thread_object_v2_sm5_s0_unprefixed(v2, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                    if type(v2) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v2) > 1 and _scan_thread_object_v2_sm5_s1_repeats(v2)): flags |= 128
        if 'file_search' in v0:
            v1 = v0['file_search']
            if isinstance(v1, dict):
                if 'vector_store_ids' in v1:
                    v2 = v1['vector_store_ids']
                    if type(v2) is list and (_scan_thread_object_v2_sm5_s2_unprefixed(v2, _context2 if _context2 is not None else (_context2 := context.server.id_prefixes['vector_store']))): flags |= 16
                    if type(v2) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v2) > 1 and _scan_thread_object_v2_sm5_s3_repeats(v2)): flags |= 128
    return flags


def _scan_thread_object_v2_sm6(v0, context):
    flags = 0
    if type(v0) is dict and (len(v0) > 1 and _scan_thread_object_v2_sm6_s0_clash(v0)): flags |= 1024
    return flags


_check_thread_v1_c4 = frozenset({'user'})
_check_thread_v1_c9 = str
_check_thread_v1_c14 = frozenset({'content', 'file_ids', 'metadata', 'role'}).issuperset
_check_thread_v1_c19 = frozenset({'messages', 'metadata'}).issuperset


def check_thread_v1(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if not _check_thread_v1_c19(body): return False
        if 'metadata' in body:
            v15 = body['metadata']
            t18 = type(v15)
            if t18 is dict:
                if len(v15) > 16: return False
                for k16, v17 in v15.items():
                    if type(k16) is not str: return _key_fault(v15)
                    if len(k16) > 64: return False
                    if type(v17) is str:
                        if len(v17) > 512: return False
                    elif isinstance(v17, str): return None
                if v15 and (_r := _keys_inside(v15)) is not True: return _r
            elif v15 is None:
                pass
            else:
                return _json_fault(v15)
        if 'messages' in body:
            v1 = body['messages']
            if not (type(v1) is list): return _json_fault(v1)
            for v2 in v1:
                if not (type(v2) is dict): return _json_fault(v2)
                if 'role' not in v2: return False
                if 'content' not in v2: return False
                if not _check_thread_v1_c14(v2): return False
                v3 = v2['role']
                if not (type(v3) is str): return _json_fault(v3)
                if v3 not in _check_thread_v1_c4: return False
                v5 = v2['content']
                if not (type(v5) is str): return _json_fault(v5)
                if len(v5) < 1: return False
                if len(v5) > 32768: return False
                if 'file_ids' in v2:
                    v6 = v2['file_ids']
                    if not (type(v6) is list): return _json_fault(v6)
                    if len(v6) < 1: return False
                    if len(v6) > 10: return False
                    if len(v6) < 16:
                        for v8 in v6:
                            if type(v8) is not str: return _json_fault(v8)
                    elif _count_of(map(type, v6), _check_thread_v1_c9) != len(v6): return _json_faults(v6)
                if 'metadata' in v2:
                    v10 = v2['metadata']
                    t13 = type(v10)
                    if t13 is dict:
                        if len(v10) > 16: return False
                        for k11, v12 in v10.items():
                            if type(k11) is not str: return _key_fault(v10)
                            if len(k11) > 64: return False
                            if type(v12) is str:
                                if len(v12) > 512: return False
                            elif isinstance(v12, str): return None
                        if v10 and (_r := _keys_inside(v10)) is not True: return _r
                    elif v10 is None:
                        pass
                    else:
                        return _json_fault(v10)
    except Exception:
        return None
    return True


_scan_thread_v1_c5 = frozenset({'user'})
_scan_thread_v1_c11 = str
_scan_thread_v1_c16 = frozenset({'content', 'file_ids', 'metadata', 'role'}).issuperset
_scan_thread_v1_c21 = frozenset({'messages', 'metadata'}).issuperset


def scan_thread_v1(body, context):
    flags = 1
    out = None
    try:
        _context0 = None
        if not (type(body) is dict): raise _json_fail(body)
        if not _scan_thread_v1_c21(body): raise _Fail
        if 'metadata' in body:
            v17 = body['metadata']
            try:
                if type(v17) is dict:
                    if (len(v17) > 1 and _scan_thread_v1_s5_clash(v17)): flags |= 2048
                t20 = type(v17)
                if t20 is dict:
                    if len(v17) > 16: raise _Fail
                    for k18, v19 in v17.items():
                        if type(k18) is not str: return None
                        if len(k18) > 64: raise _Fail
                        if type(v19) is str:
                            if len(v19) > 512: raise _Fail
                        elif isinstance(v19, str): return None
                    if v17 and (_r := _keys_inside(v17)) is not True: raise _verdict(_r)
                elif v17 is None:
                    pass
                else:
                    raise _json_fail(v17)
            except _Fail:
                flags |= _scan_thread_v1_sm5(v17, context) << 1
                out = _report(out, v17, ('metadata',), 'w_v1_2', 'v1')
        if 'messages' in body:
            v1 = body['messages']
            try:
                if type(v1) is list:
                    if (len(v1) > _scan_thread_v1_s0_limit): flags |= 2
                if not (type(v1) is list): raise _json_fail(v1)
                for v2 in (i3 := iter(v1)):
                    try:
                        if not (type(v2) is dict): raise _json_fail(v2)
                        if 'role' not in v2: raise _Fail
                        if 'content' not in v2: raise _Fail
                        if not _scan_thread_v1_c16(v2): raise _Fail
                        v4 = v2['role']
                        try:
                            if not (type(v4) is str): raise _json_fail(v4)
                            if v4 not in _scan_thread_v1_c5: raise _Fail
                        except _Fail:
                            out = _report(out, v4, ('messages', _index(v1, i3), 'role',), 'w_v1_4', 'v1')
                        v6 = v2['content']
                        try:
                            if (isinstance(v6, str) and len(v6) > _scan_thread_v1_s1_limit): flags |= 4
                            if (v6 == ''): flags |= 1024
                            if not (type(v6) is str): raise _json_fail(v6)
                            if len(v6) < 1: raise _Fail
                            if len(v6) > 32768: raise _Fail
                        except _Fail:
                            flags |= _scan_thread_v1_sm0(v6, context) << 1
                            out = _report(out, v6, ('messages', _index(v1, i3), 'content',), 'w_v1_5', 'v1')
                        if 'file_ids' in v2:
                            v7 = v2['file_ids']
                            try:
                                if (isinstance(v7, list) and _scan_thread_v1_s3_unprefixed(v7, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 16
                                if not (type(v7) is list): raise _json_fail(v7)
                                if len(v7) < 1: raise _Fail
                                if len(v7) > 10: raise _Fail
                                if len(v7) < 16:
                                    for v10 in v7:
                                        if type(v10) is not str: raise _json_fail(v10)
                                elif _count_of(map(type, v7), _scan_thread_v1_c11) != len(v7): raise _json_fails(v7)
                            except _Fail:
                                flags |= _scan_thread_v1_sm1(v7, context) << 1
                                out = _report(out, v7, ('messages', _index(v1, i3), 'file_ids',), 'w_v1_6', 'v1')
                        if 'metadata' in v2:
                            v12 = v2['metadata']
                            try:
                                if type(v12) is dict:
                                    if (len(v12) > 1 and _scan_thread_v1_s4_clash(v12)): flags |= 2048
                                t15 = type(v12)
                                if t15 is dict:
                                    if len(v12) > 16: raise _Fail
                                    for k13, v14 in v12.items():
                                        if type(k13) is not str: return None
                                        if len(k13) > 64: raise _Fail
                                        if type(v14) is str:
                                            if len(v14) > 512: raise _Fail
                                        elif isinstance(v14, str): return None
                                    if v12 and (_r := _keys_inside(v12)) is not True: raise _verdict(_r)
                                elif v12 is None:
                                    pass
                                else:
                                    raise _json_fail(v12)
                            except _Fail:
                                flags |= _scan_thread_v1_sm2(v12, context) << 1
                                out = _report(out, v12, ('messages', _index(v1, i3), 'metadata',), 'w_v1_2', 'v1')
                    except _Fail:
                        flags |= _scan_thread_v1_sm3(v2, context) << 1
                        out = _report(out, v2, ('messages', _index(v1, i3),), 'w_v1_1', 'v1')
            except _Fail:
                flags |= _scan_thread_v1_sm4(v1, context) << 1
                out = _report(out, v1, ('messages',), 'w_v1_3', 'v1')
    except _Fail:
        return False
    except Exception:
        return None
    return flags if out is None else (flags, out)


def _scan_thread_v1_sm0(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, str) and len(v0) > _scan_thread_v1_sm0_s0_limit): flags |= 2
    if (v0 == ''): flags |= 512
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                v2_tag = v1.get('type')
                if v2_tag == 'text':
                    if (not _scan_thread_v1_sm0_s1_keys.issuperset(v1)): flags |= 64
                    if 'text' in v1:
                        v2 = v1['text']
                        if (isinstance(v2, str) and len(v2) > _scan_thread_v1_sm0_s2_limit): flags |= 2
                        if (v2 == ''): flags |= 512
                elif v2_tag == 'image_url':
                    if (not _scan_thread_v1_sm0_s3_keys.issuperset(v1)): flags |= 64
                    if 'image_url' in v1:
                        v2 = v1['image_url']
                        if (isinstance(v2, dict) and (not _scan_thread_v1_sm0_s4_keys.issuperset(v2))): flags |= 64
                        if isinstance(v2, dict):
                            if 'url' in v2:
                                v3 = v2['url']
                                if (isinstance(v3, str) and (not v3.startswith(_scan_thread_v1_sm0_s5_schemes)) and (not v3[:8].lower().startswith(_scan_thread_v1_sm0_s5_schemes))): flags |= 4
                                if (isinstance(v3, str) and ('?' in v3 or '#' in v3 or (v3[-4:].lower() not in _scan_thread_v1_sm0_s6_extensions and v3[-5:].lower() not in _scan_thread_v1_sm0_s6_extensions)) and v3[:8].lower().startswith(_scan_thread_v1_sm0_s6_web)): flags |= 2048
                elif v2_tag == 'image_file':
                    if (not _scan_thread_v1_sm0_s8_keys.issuperset(v1)): flags |= 64
                    if 'image_file' in v1:
                        v2 = v1['image_file']
                        if (isinstance(v2, dict) and (not _scan_thread_v1_sm0_s9_keys.issuperset(v2))): flags |= 64
                        if isinstance(v2, dict):
                            if 'file_id' in v2:
                                v3 = v2['file_id']
                                if (type(v3) is str and (not v3.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_thread_v1_sm1(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, list) and _scan_thread_v1_sm1_s0_unprefixed(v0, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
    return flags


def _scan_thread_v1_sm2(v0, context):
    flags = 0
    if type(v0) is dict and (len(v0) > 1 and _scan_thread_v1_sm2_s0_clash(v0)): flags |= 1024
    return flags


def _scan_thread_v1_sm3(v0, context):
    flags = 0
    _context0 = None
    if isinstance(v0, dict):
        if 'content' in v0:
            v1 = v0['content']
            if (isinstance(v1, str) and len(v1) > _scan_thread_v1_sm3_s0_limit): flags |= 2
            if (v1 == ''): flags |= 512
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        v3_tag = v2.get('type')
                        if v3_tag == 'text':
                            if (not _scan_thread_v1_sm3_s1_keys.issuperset(v2)): flags |= 64
                            if 'text' in v2:
                                v3 = v2['text']
                                if (isinstance(v3, str) and len(v3) > _scan_thread_v1_sm3_s2_limit): flags |= 2
                                if (v3 == ''): flags |= 512
                        elif v3_tag == 'image_url':
                            if (not _scan_thread_v1_sm3_s3_keys.issuperset(v2)): flags |= 64
                            if 'image_url' in v2:
                                v3 = v2['image_url']
                                if (isinstance(v3, dict) and (not _scan_thread_v1_sm3_s4_keys.issuperset(v3))): flags |= 64
                                if isinstance(v3, dict):
                                    if 'url' in v3:
                                        v4 = v3['url']
                                        if (isinstance(v4, str) and (not v4.startswith(_scan_thread_v1_sm3_s5_schemes)) and (not v4[:8].lower().startswith(_scan_thread_v1_sm3_s5_schemes))): flags |= 4
                                        if (isinstance(v4, str) and ('?' in v4 or '#' in v4 or (v4[-4:].lower() not in _scan_thread_v1_sm3_s6_extensions and v4[-5:].lower() not in _scan_thread_v1_sm3_s6_extensions)) and v4[:8].lower().startswith(_scan_thread_v1_sm3_s6_web)): flags |= 2048
                        elif v3_tag == 'image_file':
                            if (not _scan_thread_v1_sm3_s8_keys.issuperset(v2)): flags |= 64
                            if 'image_file' in v2:
                                v3 = v2['image_file']
                                if (isinstance(v3, dict) and (not _scan_thread_v1_sm3_s9_keys.issuperset(v3))): flags |= 64
                                if isinstance(v3, dict):
                                    if 'file_id' in v3:
                                        v4 = v3['file_id']
                                        if (type(v4) is str and (not v4.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
        if 'attachments' in v0:
            v1 = v0['attachments']
            if (isinstance(v1, list) and len(v1) > 1 and _scan_thread_v1_sm3_s10_repeat(v1)): flags |= 256
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        if 'file_id' in v2:
                            v3 = v2['file_id']
                            if (type(v3) is str and (not v3.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                        if 'tools' in v2:
                            v3 = v2['tools']
                            if isinstance(v3, list):
                                for v4 in v3:
                                    if (isinstance(v4, dict) and len(v4) > 1 and _scan_thread_v1_sm3_s11_unknown(v4, context)): flags |= 64
        if 'file_ids' in v0:
            v1 = v0['file_ids']
            if (isinstance(v1, list) and _scan_thread_v1_sm3_s12_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
        if 'metadata' in v0:
            v1 = v0['metadata']
            if type(v1) is dict and (len(v1) > 1 and _scan_thread_v1_sm3_s13_clash(v1)): flags |= 1024
    return flags


def _scan_thread_v1_sm4(v0, context):
    flags = 0
    _context0 = None
    if type(v0) is list and (len(v0) > _scan_thread_v1_sm4_s0_limit): flags |= 1
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                if 'content' in v1:
                    v2 = v1['content']
                    if (isinstance(v2, str) and len(v2) > _scan_thread_v1_sm4_s1_limit): flags |= 2
                    if (v2 == ''): flags |= 512
                    if isinstance(v2, list):
                        for v3 in v2:
                            if isinstance(v3, dict):
                                v4_tag = v3.get('type')
                                if v4_tag == 'text':
                                    if (not _scan_thread_v1_sm4_s2_keys.issuperset(v3)): flags |= 64
                                    if 'text' in v3:
                                        v4 = v3['text']
                                        if (isinstance(v4, str) and len(v4) > _scan_thread_v1_sm4_s3_limit): flags |= 2
                                        if (v4 == ''): flags |= 512
                                elif v4_tag == 'image_url':
                                    if (not _scan_thread_v1_sm4_s4_keys.issuperset(v3)): flags |= 64
                                    if 'image_url' in v3:
                                        v4 = v3['image_url']
                                        if (isinstance(v4, dict) and (not _scan_thread_v1_sm4_s5_keys.issuperset(v4))): flags |= 64
                                        if isinstance(v4, dict):
                                            if 'url' in v4:
                                                v5 = v4['url']
                                                if (isinstance(v5, str) and (not v5.startswith(_scan_thread_v1_sm4_s6_schemes)) and (not v5[:8].lower().startswith(_scan_thread_v1_sm4_s6_schemes))): flags |= 4
                                                if (isinstance(v5, str) and ('?' in v5 or '#' in v5 or (v5[-4:].lower() not in _scan_thread_v1_sm4_s7_extensions and v5[-5:].lower() not in _scan_thread_v1_sm4_s7_extensions)) and v5[:8].lower().startswith(_scan_thread_v1_sm4_s7_web)): flags |= 2048
                                elif v4_tag == 'image_file':
                                    if (not _scan_thread_v1_sm4_s9_keys.issuperset(v3)): flags |= 64
                                    if 'image_file' in v3:
                                        v4 = v3['image_file']
                                        if (isinstance(v4, dict) and (not _scan_thread_v1_sm4_s10_keys.issuperset(v4))): flags |= 64
                                        if isinstance(v4, dict):
                                            if 'file_id' in v4:
                                                v5 = v4['file_id']
                                                if (type(v5) is str and (not v5.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                if 'attachments' in v1:
                    v2 = v1['attachments']
                    if (isinstance(v2, list) and len(v2) > 1 and _scan_thread_v1_sm4_s11_repeat(v2)): flags |= 256
                    if isinstance(v2, list):
                        for v3 in v2:
                            if isinstance(v3, dict):
                                if 'file_id' in v3:
                                    v4 = v3['file_id']
                                    if (type(v4) is str and (not v4.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                                if 'tools' in v3:
                                    v4 = v3['tools']
                                    if isinstance(v4, list):
                                        for v5 in v4:
                                            if (isinstance(v5, dict) and len(v5) > 1 and _scan_thread_v1_sm4_s12_unknown(v5, context)): flags |= 64
                if 'file_ids' in v1:
                    v2 = v1['file_ids']
                    if (isinstance(v2, list) and _scan_thread_v1_sm4_s13_unprefixed(v2, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                if 'metadata' in v1:
                    v2 = v1['metadata']
                    if type(v2) is dict and (len(v2) > 1 and _scan_thread_v1_sm4_s14_clash(v2)): flags |= 1024
    return flags


def _scan_thread_v1_sm5(v0, context):
    flags = 0
    if type(v0) is dict and (len(v0) > 1 and _scan_thread_v1_sm5_s0_clash(v0)): flags |= 1024
    return flags


_check_message_v1_c2 = frozenset({'user'})
_check_message_v1_c7 = str
_check_message_v1_c12 = frozenset({'content', 'file_ids', 'metadata', 'role'}).issuperset


def check_message_v1(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'role' not in body: return False
        if 'content' not in body: return False
        if not _check_message_v1_c12(body): return False
        v1 = body['role']
        if not (type(v1) is str): return _json_fault(v1)
        if v1 not in _check_message_v1_c2: return False
        v3 = body['content']
        if not (type(v3) is str): return _json_fault(v3)
        if len(v3) < 1: return False
        if len(v3) > 32768: return False
        if 'file_ids' in body:
            v4 = body['file_ids']
            if not (type(v4) is list): return _json_fault(v4)
            if len(v4) < 1: return False
            if len(v4) > 10: return False
            if len(v4) < 16:
                for v6 in v4:
                    if type(v6) is not str: return _json_fault(v6)
            elif _count_of(map(type, v4), _check_message_v1_c7) != len(v4): return _json_faults(v4)
        if 'metadata' in body:
            v8 = body['metadata']
            t11 = type(v8)
            if t11 is dict:
                if len(v8) > 16: return False
                for k9, v10 in v8.items():
                    if type(k9) is not str: return _key_fault(v8)
                    if len(k9) > 64: return False
                    if type(v10) is str:
                        if len(v10) > 512: return False
                    elif isinstance(v10, str): return None
                if v8 and (_r := _keys_inside(v8)) is not True: return _r
            elif v8 is None:
                pass
            else:
                return _json_fault(v8)
    except Exception:
        return None
    return True


_scan_message_v1_c2 = frozenset({'user'})
_scan_message_v1_c8 = str
_scan_message_v1_c13 = frozenset({'content', 'file_ids', 'metadata', 'role'}).issuperset


def scan_message_v1(body, context):
    flags = 1
    out = None
    try:
        _context0 = None
        if not (type(body) is dict): raise _json_fail(body)
        if 'role' not in body: raise _Fail
        if 'content' not in body: raise _Fail
        if not _scan_message_v1_c13(body): raise _Fail
        v1 = body['role']
        try:
            if not (type(v1) is str): raise _json_fail(v1)
            if v1 not in _scan_message_v1_c2: raise _Fail
        except _Fail:
            out = _report(out, v1, ('role',), 'w_v1_4', 'v1')
        v3 = body['content']
        try:
            if (isinstance(v3, str) and len(v3) > _scan_message_v1_s0_limit): flags |= 4
            if (v3 == ''): flags |= 1024
            if not (type(v3) is str): raise _json_fail(v3)
            if len(v3) < 1: raise _Fail
            if len(v3) > 32768: raise _Fail
        except _Fail:
            flags |= _scan_message_v1_sm0(v3, context) << 1
            out = _report(out, v3, ('content',), 'w_v1_5', 'v1')
        if 'file_ids' in body:
            v4 = body['file_ids']
            try:
                if (isinstance(v4, list) and _scan_message_v1_s2_unprefixed(v4, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 16
                if not (type(v4) is list): raise _json_fail(v4)
                if len(v4) < 1: raise _Fail
                if len(v4) > 10: raise _Fail
                if len(v4) < 16:
                    for v7 in v4:
                        if type(v7) is not str: raise _json_fail(v7)
                elif _count_of(map(type, v4), _scan_message_v1_c8) != len(v4): raise _json_fails(v4)
            except _Fail:
                flags |= _scan_message_v1_sm1(v4, context) << 1
                out = _report(out, v4, ('file_ids',), 'w_v1_6', 'v1')
        if 'metadata' in body:
            v9 = body['metadata']
            try:
                if type(v9) is dict:
                    if (len(v9) > 1 and _scan_message_v1_s3_clash(v9)): flags |= 2048
                t12 = type(v9)
                if t12 is dict:
                    if len(v9) > 16: raise _Fail
                    for k10, v11 in v9.items():
                        if type(k10) is not str: return None
                        if len(k10) > 64: raise _Fail
                        if type(v11) is str:
                            if len(v11) > 512: raise _Fail
                        elif isinstance(v11, str): return None
                    if v9 and (_r := _keys_inside(v9)) is not True: raise _verdict(_r)
                elif v9 is None:
                    pass
                else:
                    raise _json_fail(v9)
            except _Fail:
                flags |= _scan_message_v1_sm2(v9, context) << 1
                out = _report(out, v9, ('metadata',), 'w_v1_2', 'v1')
    except _Fail:
        return False
    except Exception:
        return None
    return flags if out is None else (flags, out)


def _scan_message_v1_sm0(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, str) and len(v0) > _scan_message_v1_sm0_s0_limit): flags |= 2
    if (v0 == ''): flags |= 512
    if isinstance(v0, list):
        for v1 in v0:
            if isinstance(v1, dict):
                v2_tag = v1.get('type')
                if v2_tag == 'text':
                    if (not _scan_message_v1_sm0_s1_keys.issuperset(v1)): flags |= 64
                    if 'text' in v1:
                        v2 = v1['text']
                        if (isinstance(v2, str) and len(v2) > _scan_message_v1_sm0_s2_limit): flags |= 2
                        if (v2 == ''): flags |= 512
                elif v2_tag == 'image_url':
                    if (not _scan_message_v1_sm0_s3_keys.issuperset(v1)): flags |= 64
                    if 'image_url' in v1:
                        v2 = v1['image_url']
                        if (isinstance(v2, dict) and (not _scan_message_v1_sm0_s4_keys.issuperset(v2))): flags |= 64
                        if isinstance(v2, dict):
                            if 'url' in v2:
                                v3 = v2['url']
                                if (isinstance(v3, str) and (not v3.startswith(_scan_message_v1_sm0_s5_schemes)) and (not v3[:8].lower().startswith(_scan_message_v1_sm0_s5_schemes))): flags |= 4
                                if (isinstance(v3, str) and ('?' in v3 or '#' in v3 or (v3[-4:].lower() not in _scan_message_v1_sm0_s6_extensions and v3[-5:].lower() not in _scan_message_v1_sm0_s6_extensions)) and v3[:8].lower().startswith(_scan_message_v1_sm0_s6_web)): flags |= 2048
                elif v2_tag == 'image_file':
                    if (not _scan_message_v1_sm0_s8_keys.issuperset(v1)): flags |= 64
                    if 'image_file' in v1:
                        v2 = v1['image_file']
                        if (isinstance(v2, dict) and (not _scan_message_v1_sm0_s9_keys.issuperset(v2))): flags |= 64
                        if isinstance(v2, dict):
                            if 'file_id' in v2:
                                v3 = v2['file_id']
                                if (type(v3) is str and (not v3.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
    return flags


def _scan_message_v1_sm1(v0, context):
    flags = 0
    _context0 = None
    if (isinstance(v0, list) and _scan_message_v1_sm1_s0_unprefixed(v0, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
    return flags


def _scan_message_v1_sm2(v0, context):
    flags = 0
    if type(v0) is dict and (len(v0) > 1 and _scan_message_v1_sm2_s0_clash(v0)): flags |= 1024
    return flags


_sub_v2_0_c3 = frozenset({'assistant', 'user'})
_sub_v2_0_c10 = frozenset({'auto', 'high', 'low'})
_sub_v2_0_c11 = frozenset({'detail', 'file_id'}).issuperset
_sub_v2_0_c12 = frozenset({'detail', 'file_id'})
_sub_v2_0_c13 = frozenset({'image_file', 'type'}).issuperset
_sub_v2_0_c14 = frozenset({'image_file', 'type'})
_sub_v2_0_c18 = frozenset({'auto', 'high', 'low'})
_sub_v2_0_c19 = frozenset({'detail', 'url'}).issuperset
_sub_v2_0_c20 = frozenset({'detail', 'url'})
_sub_v2_0_c21 = frozenset({'image_url', 'type'}).issuperset
_sub_v2_0_c22 = frozenset({'image_url', 'type'})
_sub_v2_0_c24 = frozenset({'text', 'type'}).issuperset
_sub_v2_0_c25 = frozenset({'text', 'type'})
_sub_v2_0_c33 = frozenset({'type'}).issuperset
_sub_v2_0_c34 = frozenset({'type'})
_sub_v2_0_c35 = frozenset({'type'}).issuperset
_sub_v2_0_c36 = frozenset({'type'})
_sub_v2_0_c37 = frozenset({'file_id', 'tools'}).issuperset
_sub_v2_0_c38 = frozenset({'file_id', 'tools'})
_sub_v2_0_c44 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset


def sub_v2_0(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        for v1 in body:
            if not (type(v1) is dict): return _json_fault(v1)
            if 'role' not in v1: return False
            if 'content' not in v1: return False
            if not _sub_v2_0_c44(v1): return False
            v2 = v1['role']
            if not (type(v2) is str): return _json_fault(v2)
            if v2 not in _sub_v2_0_c3: return False
            if 'metadata' in v1:
                v40 = v1['metadata']
                t43 = type(v40)
                if t43 is dict:
                    if len(v40) > 16: return False
                    for k41, v42 in v40.items():
                        if type(k41) is not str: return _key_fault(v40)
                        if len(k41) > 64: return False
                        if type(v42) is not str: return _json_fault(v42)
                        if len(v42) > 512: return False
                elif v40 is None:
                    pass
                else:
                    return _json_fault(v40)
            if 'attachments' in v1:
                v27 = v1['attachments']
                t39 = type(v27)
                if t39 is list:
                    for v28 in v27:
                        if not (type(v28) is dict): return _json_fault(v28)
                        if 'file_id' not in v28: return False
                        if 'tools' not in v28: return False
                        v29 = v28['file_id']
                        if not (type(v29) is str): return _json_fault(v29)
                        v30 = v28['tools']
                        if not (type(v30) is list): return _json_fault(v30)
                        for v31 in v30:
                            if not (type(v31) is dict): return _json_fault(v31)
                            if 'type' not in v31: return False
                            tag32 = v31['type']
                            if type(tag32) is not str: return _json_fault(tag32)
                            if tag32 == 'code_interpreter':
                                if len(v31) > 1 and not _sub_v2_0_c33(v31) and (_r := _string_keys(v31, _sub_v2_0_c34)) is not True: return _r
                            elif tag32 == 'file_search':
                                if len(v31) > 1 and not _sub_v2_0_c35(v31) and (_r := _string_keys(v31, _sub_v2_0_c36)) is not True: return _r
                            else:
                                return False
                        if len(v28) > 2 and not _sub_v2_0_c37(v28) and (_r := _string_keys(v28, _sub_v2_0_c38)) is not True: return _r
                elif v27 is None:
                    pass
                else:
                    return _json_fault(v27)
            v4 = v1['content']
            t26 = type(v4)
            if t26 is str:
                pass
            elif t26 is list:
                if len(v4) < 1: return False
                for v5 in v4:
                    if not (type(v5) is dict): return _json_fault(v5)
                    if 'type' not in v5: return False
                    tag6 = v5['type']
                    if type(tag6) is not str: return _json_fault(tag6)
                    if tag6 == 'image_file':
                        if 'image_file' not in v5: return False
                        v7 = v5['image_file']
                        if not (type(v7) is dict): return _json_fault(v7)
                        if 'file_id' not in v7: return False
                        v8 = v7['file_id']
                        if not (type(v8) is str): return _json_fault(v8)
                        if 'detail' in v7:
                            v9 = v7['detail']
                            if not (type(v9) is str): return _json_fault(v9)
                            if v9 not in _sub_v2_0_c10: return False
                        if len(v7) > 1 and not _sub_v2_0_c11(v7) and (_r := _string_keys(v7, _sub_v2_0_c12)) is not True: return _r
                        if len(v5) > 2 and not _sub_v2_0_c13(v5) and (_r := _string_keys(v5, _sub_v2_0_c14)) is not True: return _r
                    elif tag6 == 'image_url':
                        if 'image_url' not in v5: return False
                        v15 = v5['image_url']
                        if not (type(v15) is dict): return _json_fault(v15)
                        if 'url' not in v15: return False
                        v16 = v15['url']
                        if not (type(v16) is str): return _json_fault(v16)
                        if not _is_uri(v16): return False
                        if 'detail' in v15:
                            v17 = v15['detail']
                            if not (type(v17) is str): return _json_fault(v17)
                            if v17 not in _sub_v2_0_c18: return False
                        if len(v15) > 1 and not _sub_v2_0_c19(v15) and (_r := _string_keys(v15, _sub_v2_0_c20)) is not True: return _r
                        if len(v5) > 2 and not _sub_v2_0_c21(v5) and (_r := _string_keys(v5, _sub_v2_0_c22)) is not True: return _r
                    elif tag6 == 'text':
                        if 'text' not in v5: return False
                        v23 = v5['text']
                        if not (type(v23) is str): return _json_fault(v23)
                        if len(v5) > 2 and not _sub_v2_0_c24(v5) and (_r := _string_keys(v5, _sub_v2_0_c25)) is not True: return _r
                    else:
                        return False
            else:
                return _json_fault(v4)
    except Exception:
        return None
    return True


_sub_v2_1_c2 = frozenset({'assistant', 'user'})
_sub_v2_1_c9 = frozenset({'auto', 'high', 'low'})
_sub_v2_1_c10 = frozenset({'detail', 'file_id'}).issuperset
_sub_v2_1_c11 = frozenset({'detail', 'file_id'})
_sub_v2_1_c12 = frozenset({'image_file', 'type'}).issuperset
_sub_v2_1_c13 = frozenset({'image_file', 'type'})
_sub_v2_1_c17 = frozenset({'auto', 'high', 'low'})
_sub_v2_1_c18 = frozenset({'detail', 'url'}).issuperset
_sub_v2_1_c19 = frozenset({'detail', 'url'})
_sub_v2_1_c20 = frozenset({'image_url', 'type'}).issuperset
_sub_v2_1_c21 = frozenset({'image_url', 'type'})
_sub_v2_1_c23 = frozenset({'text', 'type'}).issuperset
_sub_v2_1_c24 = frozenset({'text', 'type'})
_sub_v2_1_c32 = frozenset({'type'}).issuperset
_sub_v2_1_c33 = frozenset({'type'})
_sub_v2_1_c34 = frozenset({'type'}).issuperset
_sub_v2_1_c35 = frozenset({'type'})
_sub_v2_1_c36 = frozenset({'file_id', 'tools'}).issuperset
_sub_v2_1_c37 = frozenset({'file_id', 'tools'})
_sub_v2_1_c43 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset


def sub_v2_1(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'role' not in body: return False
        if 'content' not in body: return False
        if not _sub_v2_1_c43(body): return False
        v1 = body['role']
        if not (type(v1) is str): return _json_fault(v1)
        if v1 not in _sub_v2_1_c2: return False
        if 'metadata' in body:
            v39 = body['metadata']
            t42 = type(v39)
            if t42 is dict:
                if len(v39) > 16: return False
                for k40, v41 in v39.items():
                    if type(k40) is not str: return _key_fault(v39)
                    if len(k40) > 64: return False
                    if type(v41) is not str: return _json_fault(v41)
                    if len(v41) > 512: return False
            elif v39 is None:
                pass
            else:
                return _json_fault(v39)
        if 'attachments' in body:
            v26 = body['attachments']
            t38 = type(v26)
            if t38 is list:
                for v27 in v26:
                    if not (type(v27) is dict): return _json_fault(v27)
                    if 'file_id' not in v27: return False
                    if 'tools' not in v27: return False
                    v28 = v27['file_id']
                    if not (type(v28) is str): return _json_fault(v28)
                    v29 = v27['tools']
                    if not (type(v29) is list): return _json_fault(v29)
                    for v30 in v29:
                        if not (type(v30) is dict): return _json_fault(v30)
                        if 'type' not in v30: return False
                        tag31 = v30['type']
                        if type(tag31) is not str: return _json_fault(tag31)
                        if tag31 == 'code_interpreter':
                            if len(v30) > 1 and not _sub_v2_1_c32(v30) and (_r := _string_keys(v30, _sub_v2_1_c33)) is not True: return _r
                        elif tag31 == 'file_search':
                            if len(v30) > 1 and not _sub_v2_1_c34(v30) and (_r := _string_keys(v30, _sub_v2_1_c35)) is not True: return _r
                        else:
                            return False
                    if len(v27) > 2 and not _sub_v2_1_c36(v27) and (_r := _string_keys(v27, _sub_v2_1_c37)) is not True: return _r
            elif v26 is None:
                pass
            else:
                return _json_fault(v26)
        v3 = body['content']
        t25 = type(v3)
        if t25 is str:
            pass
        elif t25 is list:
            if len(v3) < 1: return False
            for v4 in v3:
                if not (type(v4) is dict): return _json_fault(v4)
                if 'type' not in v4: return False
                tag5 = v4['type']
                if type(tag5) is not str: return _json_fault(tag5)
                if tag5 == 'image_file':
                    if 'image_file' not in v4: return False
                    v6 = v4['image_file']
                    if not (type(v6) is dict): return _json_fault(v6)
                    if 'file_id' not in v6: return False
                    v7 = v6['file_id']
                    if not (type(v7) is str): return _json_fault(v7)
                    if 'detail' in v6:
                        v8 = v6['detail']
                        if not (type(v8) is str): return _json_fault(v8)
                        if v8 not in _sub_v2_1_c9: return False
                    if len(v6) > 1 and not _sub_v2_1_c10(v6) and (_r := _string_keys(v6, _sub_v2_1_c11)) is not True: return _r
                    if len(v4) > 2 and not _sub_v2_1_c12(v4) and (_r := _string_keys(v4, _sub_v2_1_c13)) is not True: return _r
                elif tag5 == 'image_url':
                    if 'image_url' not in v4: return False
                    v14 = v4['image_url']
                    if not (type(v14) is dict): return _json_fault(v14)
                    if 'url' not in v14: return False
                    v15 = v14['url']
                    if not (type(v15) is str): return _json_fault(v15)
                    if not _is_uri(v15): return False
                    if 'detail' in v14:
                        v16 = v14['detail']
                        if not (type(v16) is str): return _json_fault(v16)
                        if v16 not in _sub_v2_1_c17: return False
                    if len(v14) > 1 and not _sub_v2_1_c18(v14) and (_r := _string_keys(v14, _sub_v2_1_c19)) is not True: return _r
                    if len(v4) > 2 and not _sub_v2_1_c20(v4) and (_r := _string_keys(v4, _sub_v2_1_c21)) is not True: return _r
                elif tag5 == 'text':
                    if 'text' not in v4: return False
                    v22 = v4['text']
                    if not (type(v22) is str): return _json_fault(v22)
                    if len(v4) > 2 and not _sub_v2_1_c23(v4) and (_r := _string_keys(v4, _sub_v2_1_c24)) is not True: return _r
                else:
                    return False
        else:
            return _json_fault(v3)
    except Exception:
        return None
    return True


_sub_v2_2_c5 = str
_sub_v2_2_c6 = frozenset({'file_ids'}).issuperset
_sub_v2_2_c7 = frozenset({'file_ids'})
_sub_v2_2_c12 = str
_sub_v2_2_c18 = str
_sub_v2_2_c21 = frozenset({'type'}).issuperset
_sub_v2_2_c27 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_sub_v2_2_c28 = frozenset({'static', 'type'}).issuperset
_sub_v2_2_c33 = frozenset({'chunking_strategy', 'file_ids', 'metadata'}).issuperset
_sub_v2_2_c34 = frozenset({'chunking_strategy', 'file_ids', 'metadata'})
_sub_v2_2_c35 = frozenset({'vector_store_ids', 'vector_stores'}).issuperset
_sub_v2_2_c36 = frozenset({'vector_store_ids', 'vector_stores'})
_sub_v2_2_c37 = frozenset({'code_interpreter', 'file_search'}).issuperset
_sub_v2_2_c38 = frozenset({'code_interpreter', 'file_search'})


def sub_v2_2(body):
    try:
        t39 = type(body)
        if t39 is dict:
            if 'code_interpreter' in body:
                v1 = body['code_interpreter']
                if not (type(v1) is dict): return _json_fault(v1)
                if 'file_ids' in v1:
                    v2 = v1['file_ids']
                    if not (type(v2) is list): return _json_fault(v2)
                    if len(v2) > 20: return False
                    if len(v2) < 16:
                        for v4 in v2:
                            if type(v4) is not str: return _json_fault(v4)
                    elif _count_of(map(type, v2), _sub_v2_2_c5) != len(v2): return _json_faults(v2)
                if len(v1) > 0 and not _sub_v2_2_c6(v1) and (_r := _string_keys(v1, _sub_v2_2_c7)) is not True: return _r
            if 'file_search' in body:
                v8 = body['file_search']
                if not (type(v8) is dict): return _json_fault(v8)
                if ('vector_store_ids' in v8) + ('vector_stores' in v8) != 1: return False
                if 'vector_store_ids' in v8:
                    v9 = v8['vector_store_ids']
                    if not (type(v9) is list): return _json_fault(v9)
                    if len(v9) > 1: return False
                    if len(v9) < 16:
                        for v11 in v9:
                            if type(v11) is not str: return _json_fault(v11)
                    elif _count_of(map(type, v9), _sub_v2_2_c12) != len(v9): return _json_faults(v9)
                if 'vector_stores' in v8:
                    v13 = v8['vector_stores']
                    if not (type(v13) is list): return _json_fault(v13)
                    if len(v13) > 1: return False
                    for v14 in v13:
                        if not (type(v14) is dict): return _json_fault(v14)
                        if 'file_ids' in v14:
                            v15 = v14['file_ids']
                            if not (type(v15) is list): return _json_fault(v15)
                            if len(v15) > 10000: return False
                            if len(v15) < 16:
                                for v17 in v15:
                                    if type(v17) is not str: return _json_fault(v17)
                            elif _count_of(map(type, v15), _sub_v2_2_c18) != len(v15): return _json_faults(v15)
                        if 'metadata' in v14:
                            v29 = v14['metadata']
                            t32 = type(v29)
                            if t32 is dict:
                                if len(v29) > 16: return False
                                for k30, v31 in v29.items():
                                    if type(k30) is not str: return _key_fault(v29)
                                    if len(k30) > 64: return False
                                    if type(v31) is not str: return _json_fault(v31)
                                    if len(v31) > 512: return False
                            elif v29 is None:
                                pass
                            else:
                                return _json_fault(v29)
                        if 'chunking_strategy' in v14:
                            v19 = v14['chunking_strategy']
                            if not (type(v19) is dict): return _json_fault(v19)
                            if 'type' not in v19: return False
                            tag20 = v19['type']
                            if type(tag20) is not str: return _json_fault(tag20)
                            if tag20 == 'auto':
                                if not _sub_v2_2_c21(v19): return False
                            elif tag20 == 'static':
                                if 'static' not in v19: return False
                                if not _sub_v2_2_c28(v19): return False
                                v22 = v19['static']
                                if not (type(v22) is dict): return _json_fault(v22)
                                if 'max_chunk_size_tokens' not in v22: return False
                                if 'chunk_overlap_tokens' not in v22: return False
                                if not _sub_v2_2_c27(v22): return False
                                v25 = v22['chunk_overlap_tokens']
                                t26 = type(v25)
                                if t26 is int:
                                    pass
                                elif t26 is float:
                                    if not v25.is_integer(): return False
                                else:
                                    return _json_fault(v25)
                                v23 = v22['max_chunk_size_tokens']
                                t24 = type(v23)
                                if t24 is int:
                                    if v23 < 100: return False
                                    if v23 > 4096: return False
                                elif t24 is float:
                                    if not v23.is_integer(): return False
                                    if v23 < 100: return False
                                    if v23 > 4096: return False
                                else:
                                    return _json_fault(v23)
                                if (_r := _overlap_at_most_half(v22.get('max_chunk_size_tokens'), v22.get('chunk_overlap_tokens'))) is not True: return _r
                            else:
                                return False
                        if len(v14) > 0 and not _sub_v2_2_c33(v14) and (_r := _string_keys(v14, _sub_v2_2_c34)) is not True: return _r
                if len(v8) > 0 and not _sub_v2_2_c35(v8) and (_r := _string_keys(v8, _sub_v2_2_c36)) is not True: return _r
            if len(body) > 0 and not _sub_v2_2_c37(body) and (_r := _string_keys(body, _sub_v2_2_c38)) is not True: return _r
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_3_c4 = str
_sub_v2_3_c5 = frozenset({'file_ids'}).issuperset
_sub_v2_3_c6 = frozenset({'file_ids'})


def sub_v2_3(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'file_ids' in body:
            v1 = body['file_ids']
            if not (type(v1) is list): return _json_fault(v1)
            if len(v1) > 20: return False
            if len(v1) < 16:
                for v3 in v1:
                    if type(v3) is not str: return _json_fault(v3)
            elif _count_of(map(type, v1), _sub_v2_3_c4) != len(v1): return _json_faults(v1)
        if len(body) > 0 and not _sub_v2_3_c5(body) and (_r := _string_keys(body, _sub_v2_3_c6)) is not True: return _r
    except Exception:
        return None
    return True


_sub_v2_4_c3 = str


def sub_v2_4(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        if len(body) > 20: return False
        if len(body) < 16:
            for v2 in body:
                if type(v2) is not str: return _json_fault(v2)
        elif _count_of(map(type, body), _sub_v2_4_c3) != len(body): return _json_faults(body)
    except Exception:
        return None
    return True




def sub_v2_5(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_6_c4 = str
_sub_v2_6_c10 = str
_sub_v2_6_c13 = frozenset({'type'}).issuperset
_sub_v2_6_c19 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_sub_v2_6_c20 = frozenset({'static', 'type'}).issuperset
_sub_v2_6_c25 = frozenset({'chunking_strategy', 'file_ids', 'metadata'}).issuperset
_sub_v2_6_c26 = frozenset({'chunking_strategy', 'file_ids', 'metadata'})
_sub_v2_6_c27 = frozenset({'vector_store_ids', 'vector_stores'}).issuperset
_sub_v2_6_c28 = frozenset({'vector_store_ids', 'vector_stores'})


def sub_v2_6(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if ('vector_store_ids' in body) + ('vector_stores' in body) != 1: return False
        if 'vector_store_ids' in body:
            v1 = body['vector_store_ids']
            if not (type(v1) is list): return _json_fault(v1)
            if len(v1) > 1: return False
            if len(v1) < 16:
                for v3 in v1:
                    if type(v3) is not str: return _json_fault(v3)
            elif _count_of(map(type, v1), _sub_v2_6_c4) != len(v1): return _json_faults(v1)
        if 'vector_stores' in body:
            v5 = body['vector_stores']
            if not (type(v5) is list): return _json_fault(v5)
            if len(v5) > 1: return False
            for v6 in v5:
                if not (type(v6) is dict): return _json_fault(v6)
                if 'file_ids' in v6:
                    v7 = v6['file_ids']
                    if not (type(v7) is list): return _json_fault(v7)
                    if len(v7) > 10000: return False
                    if len(v7) < 16:
                        for v9 in v7:
                            if type(v9) is not str: return _json_fault(v9)
                    elif _count_of(map(type, v7), _sub_v2_6_c10) != len(v7): return _json_faults(v7)
                if 'metadata' in v6:
                    v21 = v6['metadata']
                    t24 = type(v21)
                    if t24 is dict:
                        if len(v21) > 16: return False
                        for k22, v23 in v21.items():
                            if type(k22) is not str: return _key_fault(v21)
                            if len(k22) > 64: return False
                            if type(v23) is not str: return _json_fault(v23)
                            if len(v23) > 512: return False
                    elif v21 is None:
                        pass
                    else:
                        return _json_fault(v21)
                if 'chunking_strategy' in v6:
                    v11 = v6['chunking_strategy']
                    if not (type(v11) is dict): return _json_fault(v11)
                    if 'type' not in v11: return False
                    tag12 = v11['type']
                    if type(tag12) is not str: return _json_fault(tag12)
                    if tag12 == 'auto':
                        if not _sub_v2_6_c13(v11): return False
                    elif tag12 == 'static':
                        if 'static' not in v11: return False
                        if not _sub_v2_6_c20(v11): return False
                        v14 = v11['static']
                        if not (type(v14) is dict): return _json_fault(v14)
                        if 'max_chunk_size_tokens' not in v14: return False
                        if 'chunk_overlap_tokens' not in v14: return False
                        if not _sub_v2_6_c19(v14): return False
                        v17 = v14['chunk_overlap_tokens']
                        t18 = type(v17)
                        if t18 is int:
                            pass
                        elif t18 is float:
                            if not v17.is_integer(): return False
                        else:
                            return _json_fault(v17)
                        v15 = v14['max_chunk_size_tokens']
                        t16 = type(v15)
                        if t16 is int:
                            if v15 < 100: return False
                            if v15 > 4096: return False
                        elif t16 is float:
                            if not v15.is_integer(): return False
                            if v15 < 100: return False
                            if v15 > 4096: return False
                        else:
                            return _json_fault(v15)
                        if (_r := _overlap_at_most_half(v14.get('max_chunk_size_tokens'), v14.get('chunk_overlap_tokens'))) is not True: return _r
                    else:
                        return False
                if len(v6) > 0 and not _sub_v2_6_c25(v6) and (_r := _string_keys(v6, _sub_v2_6_c26)) is not True: return _r
        if len(body) > 0 and not _sub_v2_6_c27(body) and (_r := _string_keys(body, _sub_v2_6_c28)) is not True: return _r
    except Exception:
        return None
    return True


_sub_v2_7_c3 = str


def sub_v2_7(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        if len(body) > 1: return False
        if len(body) < 16:
            for v2 in body:
                if type(v2) is not str: return _json_fault(v2)
        elif _count_of(map(type, body), _sub_v2_7_c3) != len(body): return _json_faults(body)
    except Exception:
        return None
    return True




def sub_v2_8(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_9_c5 = str
_sub_v2_9_c8 = frozenset({'type'}).issuperset
_sub_v2_9_c14 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_sub_v2_9_c15 = frozenset({'static', 'type'}).issuperset
_sub_v2_9_c20 = frozenset({'chunking_strategy', 'file_ids', 'metadata'}).issuperset
_sub_v2_9_c21 = frozenset({'chunking_strategy', 'file_ids', 'metadata'})


def sub_v2_9(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        if len(body) > 1: return False
        for v1 in body:
            if not (type(v1) is dict): return _json_fault(v1)
            if 'file_ids' in v1:
                v2 = v1['file_ids']
                if not (type(v2) is list): return _json_fault(v2)
                if len(v2) > 10000: return False
                if len(v2) < 16:
                    for v4 in v2:
                        if type(v4) is not str: return _json_fault(v4)
                elif _count_of(map(type, v2), _sub_v2_9_c5) != len(v2): return _json_faults(v2)
            if 'metadata' in v1:
                v16 = v1['metadata']
                t19 = type(v16)
                if t19 is dict:
                    if len(v16) > 16: return False
                    for k17, v18 in v16.items():
                        if type(k17) is not str: return _key_fault(v16)
                        if len(k17) > 64: return False
                        if type(v18) is not str: return _json_fault(v18)
                        if len(v18) > 512: return False
                elif v16 is None:
                    pass
                else:
                    return _json_fault(v16)
            if 'chunking_strategy' in v1:
                v6 = v1['chunking_strategy']
                if not (type(v6) is dict): return _json_fault(v6)
                if 'type' not in v6: return False
                tag7 = v6['type']
                if type(tag7) is not str: return _json_fault(tag7)
                if tag7 == 'auto':
                    if not _sub_v2_9_c8(v6): return False
                elif tag7 == 'static':
                    if 'static' not in v6: return False
                    if not _sub_v2_9_c15(v6): return False
                    v9 = v6['static']
                    if not (type(v9) is dict): return _json_fault(v9)
                    if 'max_chunk_size_tokens' not in v9: return False
                    if 'chunk_overlap_tokens' not in v9: return False
                    if not _sub_v2_9_c14(v9): return False
                    v12 = v9['chunk_overlap_tokens']
                    t13 = type(v12)
                    if t13 is int:
                        pass
                    elif t13 is float:
                        if not v12.is_integer(): return False
                    else:
                        return _json_fault(v12)
                    v10 = v9['max_chunk_size_tokens']
                    t11 = type(v10)
                    if t11 is int:
                        if v10 < 100: return False
                        if v10 > 4096: return False
                    elif t11 is float:
                        if not v10.is_integer(): return False
                        if v10 < 100: return False
                        if v10 > 4096: return False
                    else:
                        return _json_fault(v10)
                    if (_r := _overlap_at_most_half(v9.get('max_chunk_size_tokens'), v9.get('chunk_overlap_tokens'))) is not True: return _r
                else:
                    return False
            if len(v1) > 0 and not _sub_v2_9_c20(v1) and (_r := _string_keys(v1, _sub_v2_9_c21)) is not True: return _r
    except Exception:
        return None
    return True


_sub_v2_10_c4 = str
_sub_v2_10_c7 = frozenset({'type'}).issuperset
_sub_v2_10_c13 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_sub_v2_10_c14 = frozenset({'static', 'type'}).issuperset
_sub_v2_10_c19 = frozenset({'chunking_strategy', 'file_ids', 'metadata'}).issuperset
_sub_v2_10_c20 = frozenset({'chunking_strategy', 'file_ids', 'metadata'})


def sub_v2_10(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'file_ids' in body:
            v1 = body['file_ids']
            if not (type(v1) is list): return _json_fault(v1)
            if len(v1) > 10000: return False
            if len(v1) < 16:
                for v3 in v1:
                    if type(v3) is not str: return _json_fault(v3)
            elif _count_of(map(type, v1), _sub_v2_10_c4) != len(v1): return _json_faults(v1)
        if 'metadata' in body:
            v15 = body['metadata']
            t18 = type(v15)
            if t18 is dict:
                if len(v15) > 16: return False
                for k16, v17 in v15.items():
                    if type(k16) is not str: return _key_fault(v15)
                    if len(k16) > 64: return False
                    if type(v17) is not str: return _json_fault(v17)
                    if len(v17) > 512: return False
            elif v15 is None:
                pass
            else:
                return _json_fault(v15)
        if 'chunking_strategy' in body:
            v5 = body['chunking_strategy']
            if not (type(v5) is dict): return _json_fault(v5)
            if 'type' not in v5: return False
            tag6 = v5['type']
            if type(tag6) is not str: return _json_fault(tag6)
            if tag6 == 'auto':
                if not _sub_v2_10_c7(v5): return False
            elif tag6 == 'static':
                if 'static' not in v5: return False
                if not _sub_v2_10_c14(v5): return False
                v8 = v5['static']
                if not (type(v8) is dict): return _json_fault(v8)
                if 'max_chunk_size_tokens' not in v8: return False
                if 'chunk_overlap_tokens' not in v8: return False
                if not _sub_v2_10_c13(v8): return False
                v11 = v8['chunk_overlap_tokens']
                t12 = type(v11)
                if t12 is int:
                    pass
                elif t12 is float:
                    if not v11.is_integer(): return False
                else:
                    return _json_fault(v11)
                v9 = v8['max_chunk_size_tokens']
                t10 = type(v9)
                if t10 is int:
                    if v9 < 100: return False
                    if v9 > 4096: return False
                elif t10 is float:
                    if not v9.is_integer(): return False
                    if v9 < 100: return False
                    if v9 > 4096: return False
                else:
                    return _json_fault(v9)
                if (_r := _overlap_at_most_half(v8.get('max_chunk_size_tokens'), v8.get('chunk_overlap_tokens'))) is not True: return _r
            else:
                return False
        if len(body) > 0 and not _sub_v2_10_c19(body) and (_r := _string_keys(body, _sub_v2_10_c20)) is not True: return _r
    except Exception:
        return None
    return True


_sub_v2_11_c3 = str


def sub_v2_11(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        if len(body) > 10000: return False
        if len(body) < 16:
            for v2 in body:
                if type(v2) is not str: return _json_fault(v2)
        elif _count_of(map(type, body), _sub_v2_11_c3) != len(body): return _json_faults(body)
    except Exception:
        return None
    return True




def sub_v2_12(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_13_c2 = frozenset({'type'}).issuperset
_sub_v2_13_c8 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_sub_v2_13_c9 = frozenset({'static', 'type'}).issuperset


def sub_v2_13(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'type' not in body: return False
        tag1 = body['type']
        if type(tag1) is not str: return _json_fault(tag1)
        if tag1 == 'auto':
            if not _sub_v2_13_c2(body): return False
        elif tag1 == 'static':
            if 'static' not in body: return False
            if not _sub_v2_13_c9(body): return False
            v3 = body['static']
            if not (type(v3) is dict): return _json_fault(v3)
            if 'max_chunk_size_tokens' not in v3: return False
            if 'chunk_overlap_tokens' not in v3: return False
            if not _sub_v2_13_c8(v3): return False
            v6 = v3['chunk_overlap_tokens']
            t7 = type(v6)
            if t7 is int:
                pass
            elif t7 is float:
                if not v6.is_integer(): return False
            else:
                return _json_fault(v6)
            v4 = v3['max_chunk_size_tokens']
            t5 = type(v4)
            if t5 is int:
                if v4 < 100: return False
                if v4 > 4096: return False
            elif t5 is float:
                if not v4.is_integer(): return False
                if v4 < 100: return False
                if v4 > 4096: return False
            else:
                return _json_fault(v4)
            if (_r := _overlap_at_most_half(v3.get('max_chunk_size_tokens'), v3.get('chunk_overlap_tokens'))) is not True: return _r
        else:
            return False
    except Exception:
        return None
    return True




def sub_v2_14(body):
    try:
        t3 = type(body)
        if t3 is dict:
            if len(body) > 16: return False
            for k1, v2 in body.items():
                if type(k1) is not str: return _key_fault(body)
                if len(k1) > 64: return False
                if type(v2) is not str: return _json_fault(v2)
                if len(v2) > 512: return False
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v2_15(body):
    try:
        t3 = type(body)
        if t3 is dict:
            if len(body) > 16: return False
            for k1, v2 in body.items():
                if type(k1) is not str: return _key_fault(body)
                if len(k1) > 64: return False
                if type(v2) is not str: return _json_fault(v2)
                if len(v2) > 512: return False
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v2_16(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_17_c1 = frozenset({'thread'})


def sub_v2_17(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_17_c1: return False
    except Exception:
        return None
    return True




def sub_v2_18(body):
    try:
        t1 = type(body)
        if t1 is int:
            pass
        elif t1 is float:
            if not body.is_integer(): return False
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_19_c5 = str
_sub_v2_19_c6 = frozenset({'file_ids'}).issuperset
_sub_v2_19_c7 = frozenset({'file_ids'})
_sub_v2_19_c12 = str
_sub_v2_19_c13 = frozenset({'vector_store_ids'}).issuperset
_sub_v2_19_c14 = frozenset({'vector_store_ids'})
_sub_v2_19_c15 = frozenset({'code_interpreter', 'file_search'}).issuperset
_sub_v2_19_c16 = frozenset({'code_interpreter', 'file_search'})


def sub_v2_19(body):
    try:
        t17 = type(body)
        if t17 is dict:
            if 'code_interpreter' in body:
                v1 = body['code_interpreter']
                if not (type(v1) is dict): return _json_fault(v1)
                if 'file_ids' in v1:
                    v2 = v1['file_ids']
                    if not (type(v2) is list): return _json_fault(v2)
                    if len(v2) > 20: return False
                    if len(v2) < 16:
                        for v4 in v2:
                            if type(v4) is not str: return _json_fault(v4)
                    elif _count_of(map(type, v2), _sub_v2_19_c5) != len(v2): return _json_faults(v2)
                if len(v1) > 0 and not _sub_v2_19_c6(v1) and (_r := _string_keys(v1, _sub_v2_19_c7)) is not True: return _r
            if 'file_search' in body:
                v8 = body['file_search']
                if not (type(v8) is dict): return _json_fault(v8)
                if 'vector_store_ids' in v8:
                    v9 = v8['vector_store_ids']
                    if not (type(v9) is list): return _json_fault(v9)
                    if len(v9) > 1: return False
                    if len(v9) < 16:
                        for v11 in v9:
                            if type(v11) is not str: return _json_fault(v11)
                    elif _count_of(map(type, v9), _sub_v2_19_c12) != len(v9): return _json_faults(v9)
                if len(v8) > 0 and not _sub_v2_19_c13(v8) and (_r := _string_keys(v8, _sub_v2_19_c14)) is not True: return _r
            if len(body) > 0 and not _sub_v2_19_c15(body) and (_r := _string_keys(body, _sub_v2_19_c16)) is not True: return _r
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_20_c4 = str
_sub_v2_20_c5 = frozenset({'file_ids'}).issuperset
_sub_v2_20_c6 = frozenset({'file_ids'})


def sub_v2_20(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'file_ids' in body:
            v1 = body['file_ids']
            if not (type(v1) is list): return _json_fault(v1)
            if len(v1) > 20: return False
            if len(v1) < 16:
                for v3 in v1:
                    if type(v3) is not str: return _json_fault(v3)
            elif _count_of(map(type, v1), _sub_v2_20_c4) != len(v1): return _json_faults(v1)
        if len(body) > 0 and not _sub_v2_20_c5(body) and (_r := _string_keys(body, _sub_v2_20_c6)) is not True: return _r
    except Exception:
        return None
    return True


_sub_v2_21_c3 = str


def sub_v2_21(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        if len(body) > 20: return False
        if len(body) < 16:
            for v2 in body:
                if type(v2) is not str: return _json_fault(v2)
        elif _count_of(map(type, body), _sub_v2_21_c3) != len(body): return _json_faults(body)
    except Exception:
        return None
    return True




def sub_v2_22(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_23_c4 = str
_sub_v2_23_c5 = frozenset({'vector_store_ids'}).issuperset
_sub_v2_23_c6 = frozenset({'vector_store_ids'})


def sub_v2_23(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'vector_store_ids' in body:
            v1 = body['vector_store_ids']
            if not (type(v1) is list): return _json_fault(v1)
            if len(v1) > 1: return False
            if len(v1) < 16:
                for v3 in v1:
                    if type(v3) is not str: return _json_fault(v3)
            elif _count_of(map(type, v1), _sub_v2_23_c4) != len(v1): return _json_faults(v1)
        if len(body) > 0 and not _sub_v2_23_c5(body) and (_r := _string_keys(body, _sub_v2_23_c6)) is not True: return _r
    except Exception:
        return None
    return True


_sub_v2_24_c3 = str


def sub_v2_24(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        if len(body) > 1: return False
        if len(body) < 16:
            for v2 in body:
                if type(v2) is not str: return _json_fault(v2)
        elif _count_of(map(type, body), _sub_v2_24_c3) != len(body): return _json_faults(body)
    except Exception:
        return None
    return True




def sub_v2_25(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v2_26(body):
    try:
        t3 = type(body)
        if t3 is dict:
            if len(body) > 16: return False
            for k1, v2 in body.items():
                if type(k1) is not str: return _key_fault(body)
                if len(k1) > 64: return False
                if type(v2) is not str: return _json_fault(v2)
                if len(v2) > 512: return False
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_27_c1 = frozenset({'assistant', 'user'})


def sub_v2_27(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_27_c1: return False
    except Exception:
        return None
    return True


_sub_v2_28_c6 = frozenset({'auto', 'high', 'low'})
_sub_v2_28_c7 = frozenset({'detail', 'file_id'}).issuperset
_sub_v2_28_c8 = frozenset({'detail', 'file_id'})
_sub_v2_28_c9 = frozenset({'image_file', 'type'}).issuperset
_sub_v2_28_c10 = frozenset({'image_file', 'type'})
_sub_v2_28_c14 = frozenset({'auto', 'high', 'low'})
_sub_v2_28_c15 = frozenset({'detail', 'url'}).issuperset
_sub_v2_28_c16 = frozenset({'detail', 'url'})
_sub_v2_28_c17 = frozenset({'image_url', 'type'}).issuperset
_sub_v2_28_c18 = frozenset({'image_url', 'type'})
_sub_v2_28_c20 = frozenset({'text', 'type'}).issuperset
_sub_v2_28_c21 = frozenset({'text', 'type'})


def sub_v2_28(body):
    try:
        t22 = type(body)
        if t22 is str:
            pass
        elif t22 is list:
            if len(body) < 1: return False
            for v1 in body:
                if not (type(v1) is dict): return _json_fault(v1)
                if 'type' not in v1: return False
                tag2 = v1['type']
                if type(tag2) is not str: return _json_fault(tag2)
                if tag2 == 'image_file':
                    if 'image_file' not in v1: return False
                    v3 = v1['image_file']
                    if not (type(v3) is dict): return _json_fault(v3)
                    if 'file_id' not in v3: return False
                    v4 = v3['file_id']
                    if not (type(v4) is str): return _json_fault(v4)
                    if 'detail' in v3:
                        v5 = v3['detail']
                        if not (type(v5) is str): return _json_fault(v5)
                        if v5 not in _sub_v2_28_c6: return False
                    if len(v3) > 1 and not _sub_v2_28_c7(v3) and (_r := _string_keys(v3, _sub_v2_28_c8)) is not True: return _r
                    if len(v1) > 2 and not _sub_v2_28_c9(v1) and (_r := _string_keys(v1, _sub_v2_28_c10)) is not True: return _r
                elif tag2 == 'image_url':
                    if 'image_url' not in v1: return False
                    v11 = v1['image_url']
                    if not (type(v11) is dict): return _json_fault(v11)
                    if 'url' not in v11: return False
                    v12 = v11['url']
                    if not (type(v12) is str): return _json_fault(v12)
                    if not _is_uri(v12): return False
                    if 'detail' in v11:
                        v13 = v11['detail']
                        if not (type(v13) is str): return _json_fault(v13)
                        if v13 not in _sub_v2_28_c14: return False
                    if len(v11) > 1 and not _sub_v2_28_c15(v11) and (_r := _string_keys(v11, _sub_v2_28_c16)) is not True: return _r
                    if len(v1) > 2 and not _sub_v2_28_c17(v1) and (_r := _string_keys(v1, _sub_v2_28_c18)) is not True: return _r
                elif tag2 == 'text':
                    if 'text' not in v1: return False
                    v19 = v1['text']
                    if not (type(v19) is str): return _json_fault(v19)
                    if len(v1) > 2 and not _sub_v2_28_c20(v1) and (_r := _string_keys(v1, _sub_v2_28_c21)) is not True: return _r
                else:
                    return False
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_29_c5 = frozenset({'auto', 'high', 'low'})
_sub_v2_29_c6 = frozenset({'detail', 'file_id'}).issuperset
_sub_v2_29_c7 = frozenset({'detail', 'file_id'})
_sub_v2_29_c8 = frozenset({'image_file', 'type'}).issuperset
_sub_v2_29_c9 = frozenset({'image_file', 'type'})
_sub_v2_29_c13 = frozenset({'auto', 'high', 'low'})
_sub_v2_29_c14 = frozenset({'detail', 'url'}).issuperset
_sub_v2_29_c15 = frozenset({'detail', 'url'})
_sub_v2_29_c16 = frozenset({'image_url', 'type'}).issuperset
_sub_v2_29_c17 = frozenset({'image_url', 'type'})
_sub_v2_29_c19 = frozenset({'text', 'type'}).issuperset
_sub_v2_29_c20 = frozenset({'text', 'type'})


def sub_v2_29(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'type' not in body: return False
        tag1 = body['type']
        if type(tag1) is not str: return _json_fault(tag1)
        if tag1 == 'image_file':
            if 'image_file' not in body: return False
            v2 = body['image_file']
            if not (type(v2) is dict): return _json_fault(v2)
            if 'file_id' not in v2: return False
            v3 = v2['file_id']
            if not (type(v3) is str): return _json_fault(v3)
            if 'detail' in v2:
                v4 = v2['detail']
                if not (type(v4) is str): return _json_fault(v4)
                if v4 not in _sub_v2_29_c5: return False
            if len(v2) > 1 and not _sub_v2_29_c6(v2) and (_r := _string_keys(v2, _sub_v2_29_c7)) is not True: return _r
            if len(body) > 2 and not _sub_v2_29_c8(body) and (_r := _string_keys(body, _sub_v2_29_c9)) is not True: return _r
        elif tag1 == 'image_url':
            if 'image_url' not in body: return False
            v10 = body['image_url']
            if not (type(v10) is dict): return _json_fault(v10)
            if 'url' not in v10: return False
            v11 = v10['url']
            if not (type(v11) is str): return _json_fault(v11)
            if not _is_uri(v11): return False
            if 'detail' in v10:
                v12 = v10['detail']
                if not (type(v12) is str): return _json_fault(v12)
                if v12 not in _sub_v2_29_c13: return False
            if len(v10) > 1 and not _sub_v2_29_c14(v10) and (_r := _string_keys(v10, _sub_v2_29_c15)) is not True: return _r
            if len(body) > 2 and not _sub_v2_29_c16(body) and (_r := _string_keys(body, _sub_v2_29_c17)) is not True: return _r
        elif tag1 == 'text':
            if 'text' not in body: return False
            v18 = body['text']
            if not (type(v18) is str): return _json_fault(v18)
            if len(body) > 2 and not _sub_v2_29_c19(body) and (_r := _string_keys(body, _sub_v2_29_c20)) is not True: return _r
        else:
            return False
    except Exception:
        return None
    return True


_sub_v2_30_c6 = frozenset({'type'}).issuperset
_sub_v2_30_c7 = frozenset({'type'})
_sub_v2_30_c8 = frozenset({'type'}).issuperset
_sub_v2_30_c9 = frozenset({'type'})
_sub_v2_30_c10 = frozenset({'file_id', 'tools'}).issuperset
_sub_v2_30_c11 = frozenset({'file_id', 'tools'})


def sub_v2_30(body):
    try:
        t12 = type(body)
        if t12 is list:
            for v1 in body:
                if not (type(v1) is dict): return _json_fault(v1)
                if 'file_id' not in v1: return False
                if 'tools' not in v1: return False
                v2 = v1['file_id']
                if not (type(v2) is str): return _json_fault(v2)
                v3 = v1['tools']
                if not (type(v3) is list): return _json_fault(v3)
                for v4 in v3:
                    if not (type(v4) is dict): return _json_fault(v4)
                    if 'type' not in v4: return False
                    tag5 = v4['type']
                    if type(tag5) is not str: return _json_fault(tag5)
                    if tag5 == 'code_interpreter':
                        if len(v4) > 1 and not _sub_v2_30_c6(v4) and (_r := _string_keys(v4, _sub_v2_30_c7)) is not True: return _r
                    elif tag5 == 'file_search':
                        if len(v4) > 1 and not _sub_v2_30_c8(v4) and (_r := _string_keys(v4, _sub_v2_30_c9)) is not True: return _r
                    else:
                        return False
                if len(v1) > 2 and not _sub_v2_30_c10(v1) and (_r := _string_keys(v1, _sub_v2_30_c11)) is not True: return _r
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_31_c5 = frozenset({'type'}).issuperset
_sub_v2_31_c6 = frozenset({'type'})
_sub_v2_31_c7 = frozenset({'type'}).issuperset
_sub_v2_31_c8 = frozenset({'type'})
_sub_v2_31_c9 = frozenset({'file_id', 'tools'}).issuperset
_sub_v2_31_c10 = frozenset({'file_id', 'tools'})


def sub_v2_31(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'file_id' not in body: return False
        if 'tools' not in body: return False
        v1 = body['file_id']
        if not (type(v1) is str): return _json_fault(v1)
        v2 = body['tools']
        if not (type(v2) is list): return _json_fault(v2)
        for v3 in v2:
            if not (type(v3) is dict): return _json_fault(v3)
            if 'type' not in v3: return False
            tag4 = v3['type']
            if type(tag4) is not str: return _json_fault(tag4)
            if tag4 == 'code_interpreter':
                if len(v3) > 1 and not _sub_v2_31_c5(v3) and (_r := _string_keys(v3, _sub_v2_31_c6)) is not True: return _r
            elif tag4 == 'file_search':
                if len(v3) > 1 and not _sub_v2_31_c7(v3) and (_r := _string_keys(v3, _sub_v2_31_c8)) is not True: return _r
            else:
                return False
        if len(body) > 2 and not _sub_v2_31_c9(body) and (_r := _string_keys(body, _sub_v2_31_c10)) is not True: return _r
    except Exception:
        return None
    return True




def sub_v2_32(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_33_c3 = frozenset({'type'}).issuperset
_sub_v2_33_c4 = frozenset({'type'})
_sub_v2_33_c5 = frozenset({'type'}).issuperset
_sub_v2_33_c6 = frozenset({'type'})


def sub_v2_33(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        for v1 in body:
            if not (type(v1) is dict): return _json_fault(v1)
            if 'type' not in v1: return False
            tag2 = v1['type']
            if type(tag2) is not str: return _json_fault(tag2)
            if tag2 == 'code_interpreter':
                if len(v1) > 1 and not _sub_v2_33_c3(v1) and (_r := _string_keys(v1, _sub_v2_33_c4)) is not True: return _r
            elif tag2 == 'file_search':
                if len(v1) > 1 and not _sub_v2_33_c5(v1) and (_r := _string_keys(v1, _sub_v2_33_c6)) is not True: return _r
            else:
                return False
    except Exception:
        return None
    return True


_sub_v2_34_c2 = frozenset({'type'}).issuperset
_sub_v2_34_c3 = frozenset({'type'})
_sub_v2_34_c4 = frozenset({'type'}).issuperset
_sub_v2_34_c5 = frozenset({'type'})


def sub_v2_34(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'type' not in body: return False
        tag1 = body['type']
        if type(tag1) is not str: return _json_fault(tag1)
        if tag1 == 'code_interpreter':
            if len(body) > 1 and not _sub_v2_34_c2(body) and (_r := _string_keys(body, _sub_v2_34_c3)) is not True: return _r
        elif tag1 == 'file_search':
            if len(body) > 1 and not _sub_v2_34_c4(body) and (_r := _string_keys(body, _sub_v2_34_c5)) is not True: return _r
        else:
            return False
    except Exception:
        return None
    return True




def sub_v2_35(body):
    try:
        t3 = type(body)
        if t3 is dict:
            if len(body) > 16: return False
            for k1, v2 in body.items():
                if type(k1) is not str: return _key_fault(body)
                if len(k1) > 64: return False
                if type(v2) is not str: return _json_fault(v2)
                if len(v2) > 512: return False
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v2_36(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_37_c1 = frozenset({'image_file'})


def sub_v2_37(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_37_c1: return False
    except Exception:
        return None
    return True


_sub_v2_38_c3 = frozenset({'auto', 'high', 'low'})
_sub_v2_38_c4 = frozenset({'detail', 'file_id'}).issuperset
_sub_v2_38_c5 = frozenset({'detail', 'file_id'})


def sub_v2_38(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'file_id' not in body: return False
        v1 = body['file_id']
        if not (type(v1) is str): return _json_fault(v1)
        if 'detail' in body:
            v2 = body['detail']
            if not (type(v2) is str): return _json_fault(v2)
            if v2 not in _sub_v2_38_c3: return False
        if len(body) > 1 and not _sub_v2_38_c4(body) and (_r := _string_keys(body, _sub_v2_38_c5)) is not True: return _r
    except Exception:
        return None
    return True




def sub_v2_39(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_40_c1 = frozenset({'auto', 'high', 'low'})


def sub_v2_40(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_40_c1: return False
    except Exception:
        return None
    return True


_sub_v2_41_c1 = frozenset({'image_url'})


def sub_v2_41(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_41_c1: return False
    except Exception:
        return None
    return True


_sub_v2_42_c3 = frozenset({'auto', 'high', 'low'})
_sub_v2_42_c4 = frozenset({'detail', 'url'}).issuperset
_sub_v2_42_c5 = frozenset({'detail', 'url'})


def sub_v2_42(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'url' not in body: return False
        v1 = body['url']
        if not (type(v1) is str): return _json_fault(v1)
        if not _is_uri(v1): return False
        if 'detail' in body:
            v2 = body['detail']
            if not (type(v2) is str): return _json_fault(v2)
            if v2 not in _sub_v2_42_c3: return False
        if len(body) > 1 and not _sub_v2_42_c4(body) and (_r := _string_keys(body, _sub_v2_42_c5)) is not True: return _r
    except Exception:
        return None
    return True




def sub_v2_43(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if not _is_uri(body): return False
    except Exception:
        return None
    return True


_sub_v2_44_c1 = frozenset({'auto', 'high', 'low'})


def sub_v2_44(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_44_c1: return False
    except Exception:
        return None
    return True


_sub_v2_45_c1 = frozenset({'text'})


def sub_v2_45(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_45_c1: return False
    except Exception:
        return None
    return True




def sub_v2_46(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_47_c1 = frozenset({'code_interpreter'})


def sub_v2_47(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_47_c1: return False
    except Exception:
        return None
    return True


_sub_v2_48_c1 = frozenset({'file_search'})


def sub_v2_48(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_48_c1: return False
    except Exception:
        return None
    return True


_sub_v2_49_c1 = frozenset({'auto'})


def sub_v2_49(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_49_c1: return False
    except Exception:
        return None
    return True


_sub_v2_50_c1 = frozenset({'static'})


def sub_v2_50(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_50_c1: return False
    except Exception:
        return None
    return True


_sub_v2_51_c5 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset


def sub_v2_51(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'max_chunk_size_tokens' not in body: return False
        if 'chunk_overlap_tokens' not in body: return False
        if not _sub_v2_51_c5(body): return False
        v3 = body['chunk_overlap_tokens']
        t4 = type(v3)
        if t4 is int:
            pass
        elif t4 is float:
            if not v3.is_integer(): return False
        else:
            return _json_fault(v3)
        v1 = body['max_chunk_size_tokens']
        t2 = type(v1)
        if t2 is int:
            if v1 < 100: return False
            if v1 > 4096: return False
        elif t2 is float:
            if not v1.is_integer(): return False
            if v1 < 100: return False
            if v1 > 4096: return False
        else:
            return _json_fault(v1)
        if (_r := _overlap_at_most_half(body.get('max_chunk_size_tokens'), body.get('chunk_overlap_tokens'))) is not True: return _r
    except Exception:
        return None
    return True




def sub_v2_52(body):
    try:
        t1 = type(body)
        if t1 is int:
            if body < 100: return False
            if body > 4096: return False
        elif t1 is float:
            if not body.is_integer(): return False
            if body < 100: return False
            if body > 4096: return False
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v2_53(body):
    try:
        t1 = type(body)
        if t1 is int:
            pass
        elif t1 is float:
            if not body.is_integer(): return False
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v1_0_c3 = frozenset({'user'})
_sub_v1_0_c8 = str
_sub_v1_0_c13 = frozenset({'content', 'file_ids', 'metadata', 'role'}).issuperset


def sub_v1_0(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        for v1 in body:
            if not (type(v1) is dict): return _json_fault(v1)
            if 'role' not in v1: return False
            if 'content' not in v1: return False
            if not _sub_v1_0_c13(v1): return False
            v2 = v1['role']
            if not (type(v2) is str): return _json_fault(v2)
            if v2 not in _sub_v1_0_c3: return False
            v4 = v1['content']
            if not (type(v4) is str): return _json_fault(v4)
            if len(v4) < 1: return False
            if len(v4) > 32768: return False
            if 'file_ids' in v1:
                v5 = v1['file_ids']
                if not (type(v5) is list): return _json_fault(v5)
                if len(v5) < 1: return False
                if len(v5) > 10: return False
                if len(v5) < 16:
                    for v7 in v5:
                        if type(v7) is not str: return _json_fault(v7)
                elif _count_of(map(type, v5), _sub_v1_0_c8) != len(v5): return _json_faults(v5)
            if 'metadata' in v1:
                v9 = v1['metadata']
                t12 = type(v9)
                if t12 is dict:
                    if len(v9) > 16: return False
                    for k10, v11 in v9.items():
                        if type(k10) is not str: return _key_fault(v9)
                        if len(k10) > 64: return False
                        if type(v11) is str:
                            if len(v11) > 512: return False
                        elif isinstance(v11, str): return None
                    if v9 and (_r := _keys_inside(v9)) is not True: return _r
                elif v9 is None:
                    pass
                else:
                    return _json_fault(v9)
    except Exception:
        return None
    return True


_sub_v1_1_c2 = frozenset({'user'})
_sub_v1_1_c7 = str
_sub_v1_1_c12 = frozenset({'content', 'file_ids', 'metadata', 'role'}).issuperset


def sub_v1_1(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'role' not in body: return False
        if 'content' not in body: return False
        if not _sub_v1_1_c12(body): return False
        v1 = body['role']
        if not (type(v1) is str): return _json_fault(v1)
        if v1 not in _sub_v1_1_c2: return False
        v3 = body['content']
        if not (type(v3) is str): return _json_fault(v3)
        if len(v3) < 1: return False
        if len(v3) > 32768: return False
        if 'file_ids' in body:
            v4 = body['file_ids']
            if not (type(v4) is list): return _json_fault(v4)
            if len(v4) < 1: return False
            if len(v4) > 10: return False
            if len(v4) < 16:
                for v6 in v4:
                    if type(v6) is not str: return _json_fault(v6)
            elif _count_of(map(type, v4), _sub_v1_1_c7) != len(v4): return _json_faults(v4)
        if 'metadata' in body:
            v8 = body['metadata']
            t11 = type(v8)
            if t11 is dict:
                if len(v8) > 16: return False
                for k9, v10 in v8.items():
                    if type(k9) is not str: return _key_fault(v8)
                    if len(k9) > 64: return False
                    if type(v10) is str:
                        if len(v10) > 512: return False
                    elif isinstance(v10, str): return None
                if v8 and (_r := _keys_inside(v8)) is not True: return _r
            elif v8 is None:
                pass
            else:
                return _json_fault(v8)
    except Exception:
        return None
    return True




def sub_v1_2(body):
    try:
        t3 = type(body)
        if t3 is dict:
            if len(body) > 16: return False
            for k1, v2 in body.items():
                if type(k1) is not str: return _key_fault(body)
                if len(k1) > 64: return False
                if type(v2) is str:
                    if len(v2) > 512: return False
                elif isinstance(v2, str): return None
            if body and (_r := _keys_inside(body)) is not True: return _r
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v1_3_c1 = frozenset({'user'})


def sub_v1_3(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v1_3_c1: return False
    except Exception:
        return None
    return True




def sub_v1_4(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if len(body) < 1: return False
        if len(body) > 32768: return False
    except Exception:
        return None
    return True


_sub_v1_5_c3 = str


def sub_v1_5(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        if len(body) < 1: return False
        if len(body) > 10: return False
        if len(body) < 16:
            for v2 in body:
                if type(v2) is not str: return _json_fault(v2)
        elif _count_of(map(type, body), _sub_v1_5_c3) != len(body): return _json_faults(body)
    except Exception:
        return None
    return True




def sub_v1_6(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v1_7(body):
    try:
        t3 = type(body)
        if t3 is dict:
            if len(body) > 16: return False
            for k1, v2 in body.items():
                if type(k1) is not str: return _key_fault(body)
                if len(k1) > 64: return False
                if type(v2) is str:
                    if len(v2) > 512: return False
                elif isinstance(v2, str): return None
            if body and (_r := _keys_inside(body)) is not True: return _r
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


def mark_thread(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    _context2 = None
    if isinstance(v0, dict):
        if 'messages' in v0:
            v1 = v0['messages']
            if type(v1) is list and (len(v1) > _mark_thread_s0_limit): flags |= 1
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        if 'content' in v2:
                            v3 = v2['content']
                            if (isinstance(v3, str) and len(v3) > _mark_thread_s1_limit): flags |= 2
                            if (v3 == ''): flags |= 512
                            if isinstance(v3, list):
                                for v4 in v3:
                                    if isinstance(v4, dict):
                                        v5_tag = v4.get('type')
                                        if v5_tag == 'text':
                                            if (not _mark_thread_s2_keys.issuperset(v4)): flags |= 64
                                            if 'text' in v4:
                                                v5 = v4['text']
                                                if (isinstance(v5, str) and len(v5) > _mark_thread_s3_limit): flags |= 2
                                                if (v5 == ''): flags |= 512
                                        elif v5_tag == 'image_url':
                                            if (not _mark_thread_s4_keys.issuperset(v4)): flags |= 64
                                            if 'image_url' in v4:
                                                v5 = v4['image_url']
                                                if (isinstance(v5, dict) and (not _mark_thread_s5_keys.issuperset(v5))): flags |= 64
                                                if isinstance(v5, dict):
                                                    if 'url' in v5:
                                                        v6 = v5['url']
                                                        if (isinstance(v6, str) and (not v6.startswith(_mark_thread_s6_schemes)) and (not v6[:8].lower().startswith(_mark_thread_s6_schemes))): flags |= 4
                                                        if (isinstance(v6, str) and ('?' in v6 or '#' in v6 or (v6[-4:].lower() not in _mark_thread_s7_extensions and v6[-5:].lower() not in _mark_thread_s7_extensions)) and v6[:8].lower().startswith(_mark_thread_s7_web)): flags |= 2048
                                        elif v5_tag == 'image_file':
                                            if (not _mark_thread_s9_keys.issuperset(v4)): flags |= 64
                                            if 'image_file' in v4:
                                                v5 = v4['image_file']
                                                if (isinstance(v5, dict) and (not _mark_thread_s10_keys.issuperset(v5))): flags |= 64
                                                if isinstance(v5, dict):
                                                    if 'file_id' in v5:
                                                        v6 = v5['file_id']
                                                        if (type(v6) is str and (not v6.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                        if 'attachments' in v2:
                            v3 = v2['attachments']
                            if (isinstance(v3, list) and len(v3) > 1 and _mark_thread_s11_repeat(v3)): flags |= 256
                            if isinstance(v3, list):
                                for v4 in v3:
                                    if isinstance(v4, dict):
                                        if 'file_id' in v4:
                                            v5 = v4['file_id']
                                            if (type(v5) is str and (not v5.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                                        if 'tools' in v4:
                                            v5 = v4['tools']
                                            if isinstance(v5, list):
                                                for v6 in v5:
                                                    if (isinstance(v6, dict) and len(v6) > 1 and _mark_thread_s12_unknown(v6, context)): flags |= 64
                        if 'file_ids' in v2:
                            v3 = v2['file_ids']
                            if (isinstance(v3, list) and _mark_thread_s13_unprefixed(v3, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                        if 'metadata' in v2:
                            v3 = v2['metadata']
                            if type(v3) is dict and (len(v3) > 1 and _mark_thread_s14_clash(v3)): flags |= 1024
        if 'tool_resources' in v0:
            v1 = v0['tool_resources']
            if isinstance(v1, dict):
                if 'code_interpreter' in v1:
                    v2 = v1['code_interpreter']
                    if isinstance(v2, dict):
                        if 'file_ids' in v2:
                            v3 = v2['file_ids']
                            if type(v3) is list and (_mark_thread_s15_unprefixed(v3, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                            if type(v3) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v3) > 1 and _mark_thread_s16_repeats(v3)): flags |= 128
                if 'file_search' in v1:
                    v2 = v1['file_search']
                    if isinstance(v2, dict):
                        if 'vector_stores' in v2:
                            v3 = v2['vector_stores']
                            if isinstance(v3, list):
                                for v4 in v3:
                                    if isinstance(v4, dict):
                                        if 'file_ids' in v4:
                                            v5 = v4['file_ids']
                                            if type(v5) is list and (_mark_thread_s17_unprefixed(v5, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                                            if type(v5) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v5) > 1 and _mark_thread_s18_repeats(v5)): flags |= 128
                                        if 'metadata' in v4:
                                            v5 = v4['metadata']
                                            if type(v5) is dict and (len(v5) > 1 and _mark_thread_s19_clash(v5)): flags |= 1024
                        if 'vector_store_ids' in v2:
                            v3 = v2['vector_store_ids']
                            if type(v3) is list and (_mark_thread_s20_unprefixed(v3, _context2 if _context2 is not None else (_context2 := context.server.id_prefixes['vector_store']))): flags |= 16
                            if type(v3) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v3) > 1 and _mark_thread_s21_repeats(v3)): flags |= 128
        if 'metadata' in v0:
            v1 = v0['metadata']
            if type(v1) is dict and (len(v1) > 1 and _mark_thread_s22_clash(v1)): flags |= 1024
    return flags


def mark_message(v0, context):
    flags = 0
    _context0 = None
    if isinstance(v0, dict):
        if 'content' in v0:
            v1 = v0['content']
            if (isinstance(v1, str) and len(v1) > _mark_message_s0_limit): flags |= 2
            if (v1 == ''): flags |= 512
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        v3_tag = v2.get('type')
                        if v3_tag == 'text':
                            if (not _mark_message_s1_keys.issuperset(v2)): flags |= 64
                            if 'text' in v2:
                                v3 = v2['text']
                                if (isinstance(v3, str) and len(v3) > _mark_message_s2_limit): flags |= 2
                                if (v3 == ''): flags |= 512
                        elif v3_tag == 'image_url':
                            if (not _mark_message_s3_keys.issuperset(v2)): flags |= 64
                            if 'image_url' in v2:
                                v3 = v2['image_url']
                                if (isinstance(v3, dict) and (not _mark_message_s4_keys.issuperset(v3))): flags |= 64
                                if isinstance(v3, dict):
                                    if 'url' in v3:
                                        v4 = v3['url']
                                        if (isinstance(v4, str) and (not v4.startswith(_mark_message_s5_schemes)) and (not v4[:8].lower().startswith(_mark_message_s5_schemes))): flags |= 4
                                        if (isinstance(v4, str) and ('?' in v4 or '#' in v4 or (v4[-4:].lower() not in _mark_message_s6_extensions and v4[-5:].lower() not in _mark_message_s6_extensions)) and v4[:8].lower().startswith(_mark_message_s6_web)): flags |= 2048
                        elif v3_tag == 'image_file':
                            if (not _mark_message_s8_keys.issuperset(v2)): flags |= 64
                            if 'image_file' in v2:
                                v3 = v2['image_file']
                                if (isinstance(v3, dict) and (not _mark_message_s9_keys.issuperset(v3))): flags |= 64
                                if isinstance(v3, dict):
                                    if 'file_id' in v3:
                                        v4 = v3['file_id']
                                        if (type(v4) is str and (not v4.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
        if 'attachments' in v0:
            v1 = v0['attachments']
            if (isinstance(v1, list) and len(v1) > 1 and _mark_message_s10_repeat(v1)): flags |= 256
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        if 'file_id' in v2:
                            v3 = v2['file_id']
                            if (type(v3) is str and (not v3.startswith(_context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file'])))): flags |= 8
                        if 'tools' in v2:
                            v3 = v2['tools']
                            if isinstance(v3, list):
                                for v4 in v3:
                                    if (isinstance(v4, dict) and len(v4) > 1 and _mark_message_s11_unknown(v4, context)): flags |= 64
        if 'file_ids' in v0:
            v1 = v0['file_ids']
            if (isinstance(v1, list) and _mark_message_s12_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
        if 'metadata' in v0:
            v1 = v0['metadata']
            if type(v1) is dict and (len(v1) > 1 and _mark_message_s13_clash(v1)): flags |= 1024
    return flags


def mark_thread_object(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    _context2 = None
    if isinstance(v0, dict):
        if 'tool_resources' in v0:
            v1 = v0['tool_resources']
            if isinstance(v1, dict):
                if 'code_interpreter' in v1:
                    v2 = v1['code_interpreter']
                    if isinstance(v2, dict):
                        if 'file_ids' in v2:
                            v3 = v2['file_ids']
                            if type(v3) is list and (_mark_thread_object_s0_unprefixed(v3, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                            if type(v3) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v3) > 1 and _mark_thread_object_s1_repeats(v3)): flags |= 128
                if 'file_search' in v1:
                    v2 = v1['file_search']
                    if isinstance(v2, dict):
                        if 'vector_store_ids' in v2:
                            v3 = v2['vector_store_ids']
                            if type(v3) is list and (_mark_thread_object_s2_unprefixed(v3, _context2 if _context2 is not None else (_context2 := context.server.id_prefixes['vector_store']))): flags |= 16
                            if type(v3) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v3) > 1 and _mark_thread_object_s3_repeats(v3)): flags |= 128
        if 'id' in v0:
            v1 = v0['id']
            if _mark_thread_object_s4(('thread', v1), context): flags |= 8
            if _mark_thread_object_s5(('thread', v1), context): flags |= 16
            if _mark_thread_object_s6(('thread', v1), context): flags |= 32
        if 'metadata' in v0:
            v1 = v0['metadata']
            if type(v1) is dict and (len(v1) > 1 and _mark_thread_object_s7_clash(v1)): flags |= 1024
    return flags


def mark_conversation(v0, context):
    flags = 0
    if isinstance(v0, dict):
        if 'items' in v0:
            v1 = v0['items']
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        if 'content' in v2:
                            v3 = v2['content']
                            if isinstance(v3, list):
                                for v4 in v3:
                                    if isinstance(v4, dict):
                                        if 'file_id' in v4:
                                            v5 = v4['file_id']
                                            if _mark_conversation_s0(('file', v5), context): flags |= 8
                                            if _mark_conversation_s1(('file', v5), context): flags |= 16
                                            if _mark_conversation_s2(('file', v5), context): flags |= 32
        if 'metadata' in v0:
            v1 = v0['metadata']
            if type(v1) is dict and (len(v1) > 1 and _mark_conversation_s3_clash(v1)): flags |= 1024
    return flags


def mark_conversation_items(v0, context):
    flags = 0
    if isinstance(v0, dict):
        if 'items' in v0:
            v1 = v0['items']
            if isinstance(v1, list):
                for v2 in v1:
                    if isinstance(v2, dict):
                        if 'content' in v2:
                            v3 = v2['content']
                            if isinstance(v3, list):
                                for v4 in v3:
                                    if isinstance(v4, dict):
                                        if 'file_id' in v4:
                                            v5 = v4['file_id']
                                            if _mark_conversation_items_s0(('file', v5), context): flags |= 8
                                            if _mark_conversation_items_s1(('file', v5), context): flags |= 16
                                            if _mark_conversation_items_s2(('file', v5), context): flags |= 32
    return flags


def mark_vector_store(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if isinstance(v0, dict):
        if 'file_ids' in v0:
            v1 = v0['file_ids']
            if type(v1) is list and (_mark_vector_store_s0_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
            if type(v1) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v1) > 1 and _mark_vector_store_s1_repeats(v1)): flags |= 128
        if 'metadata' in v0:
            v1 = v0['metadata']
            if type(v1) is dict and (len(v1) > 1 and _mark_vector_store_s2_clash(v1)): flags |= 1024
    return flags


def mark_vector_store_file_batch(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if isinstance(v0, dict):
        if 'file_ids' in v0:
            v1 = v0['file_ids']
            if type(v1) is list and (_mark_vector_store_file_batch_s0_unprefixed(v1, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
            if type(v1) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v1) > 1 and _mark_vector_store_file_batch_s1_repeats(v1)): flags |= 128
    return flags


def mark_response_tool(v0, context):
    flags = 0
    _context0 = None
    _context1 = None
    if isinstance(v0, dict):
        if 'container' in v0:
            v1 = v0['container']
            if isinstance(v1, dict):
                if 'file_ids' in v1:
                    v2 = v1['file_ids']
                    if type(v2) is list and (_mark_response_tool_s0_unprefixed(v2, _context0 if _context0 is not None else (_context0 := context.server.id_prefixes['file']))): flags |= 8
                    if type(v2) is list and ((_context1 if _context1 is not None else (_context1 := context.kind.request)) and len(v2) > 1 and _mark_response_tool_s1_repeats(v2)): flags |= 128
    return flags


CHECKS = {
    ('thread', 'v2'): check_thread_v2,
    ('message', 'v2'): check_message_v2,
    ('thread_object', 'v2'): check_thread_object_v2,
    ('thread', 'v1'): check_thread_v1,
    ('message', 'v1'): check_message_v1,
}


SCANS = {
    ('thread', 'v2'): (scan_thread_v2, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_scan_thread_v2_s0_limit': ('O301', 'message_lists', 'limit'), '_scan_thread_v2_s1_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_thread_v2_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_thread_v2_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v2_sm1_s0_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v2_s6_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_thread_v2_s7_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v2_s8_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v2_s9_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v2_s9_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v2_sm2_s0_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v2_sm2_s1_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v2_sm2_s1_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v2_sm3_s0_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v2_sm3_s1_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v2_sm3_s2_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v2_sm3_s2_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v2_s10_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_thread_v2_s11_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v2_sm4_s0_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v2_sm5_s0_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_thread_v2_sm5_s1_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v2_sm5_s2_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_thread_v2_sm5_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v2_sm5_s4_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v2_sm5_s5_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v2_sm5_s5_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v2_sm5_s7_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_thread_v2_sm5_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v2_sm6_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_thread_v2_sm6_s1_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_thread_v2_sm6_s2_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v2_sm6_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_thread_v2_sm6_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v2_sm6_s5_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v2_sm6_s6_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v2_sm6_s6_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v2_sm6_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_thread_v2_sm6_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v2_s13_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_scan_thread_v2_s15_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v2_sm8_s0_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v2_sm9_s0_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v2_sm10_s0_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v2_sm11_s0_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_scan_thread_v2_sm11_s1_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v2_s16_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm12_s0_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm13_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_thread_v2_sm13_s1_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_thread_v2_sm13_s2_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v2_sm13_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_thread_v2_sm13_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v2_sm13_s5_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v2_sm13_s6_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v2_sm13_s6_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v2_sm13_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_thread_v2_sm13_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v2_sm13_s10_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_scan_thread_v2_sm13_s11_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v2_sm13_s12_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_scan_thread_v2_sm13_s13_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm14_s0_limit': ('O301', 'message_lists', 'limit'), '_scan_thread_v2_sm14_s1_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_thread_v2_sm14_s2_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_thread_v2_sm14_s3_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v2_sm14_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_thread_v2_sm14_s5_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v2_sm14_s6_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v2_sm14_s7_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v2_sm14_s7_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v2_sm14_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_thread_v2_sm14_s10_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v2_sm14_s11_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_scan_thread_v2_sm14_s12_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v2_sm14_s13_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_scan_thread_v2_sm14_s14_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_s17_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_s18_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_sm15_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_sm15_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_sm16_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_sm16_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_s19_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_scan_thread_v2_s20_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_scan_thread_v2_sm17_s0_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_scan_thread_v2_sm17_s1_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_scan_thread_v2_s21_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_s22_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_sm18_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_sm18_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_s23_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm19_s0_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm20_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_sm20_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_sm20_s2_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm21_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_sm21_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_sm21_s2_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm22_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_sm22_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_sm22_s2_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm22_s3_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_scan_thread_v2_sm22_s4_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_scan_thread_v2_sm23_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_sm23_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_sm23_s2_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_v2_sm23_s3_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_v2_sm23_s4_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm23_s5_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_scan_thread_v2_sm23_s6_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_scan_thread_v2_s24_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v2_sm24_s0_clash': ('L504', 'metadata', 'clash')}),
    ('message', 'v2'): (scan_message_v2, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_scan_message_v2_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_message_v2_s2_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_message_v2_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_message_v2_sm1_s0_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_message_v2_s5_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_message_v2_s6_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_message_v2_s7_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_message_v2_s8_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_message_v2_s8_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_message_v2_sm2_s0_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_message_v2_sm2_s1_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_message_v2_sm2_s1_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_message_v2_sm3_s0_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_message_v2_sm3_s1_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_message_v2_sm3_s2_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_message_v2_sm3_s2_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_message_v2_s9_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_message_v2_s10_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_message_v2_sm4_s0_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_message_v2_sm5_s0_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_message_v2_sm5_s1_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_message_v2_sm5_s2_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_message_v2_sm5_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_message_v2_sm5_s4_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_message_v2_sm5_s5_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_message_v2_sm5_s5_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_message_v2_sm5_s7_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_message_v2_sm5_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_message_v2_sm6_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_message_v2_sm6_s1_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_message_v2_sm6_s2_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_message_v2_sm6_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_message_v2_sm6_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_message_v2_sm6_s5_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_message_v2_sm6_s6_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_message_v2_sm6_s6_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_message_v2_sm6_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_message_v2_sm6_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_message_v2_s12_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_scan_message_v2_s14_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_message_v2_sm8_s0_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_message_v2_sm9_s0_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_message_v2_sm10_s0_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_message_v2_sm11_s0_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_scan_message_v2_sm11_s1_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_message_v2_s15_clash': ('L504', 'metadata', 'clash'), '_scan_message_v2_sm12_s0_clash': ('L504', 'metadata', 'clash')}),
    ('thread_object', 'v2'): (scan_thread_object_v2, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_scan_thread_object_v2_s0': ('O304', 'ids', None), '_scan_thread_object_v2_s1': ('O305', 'ids', None), '_scan_thread_object_v2_s2': ('O306', 'ids', None), '_scan_thread_object_v2_sm0_s0': ('O304', 'ids', None), '_scan_thread_object_v2_sm0_s1': ('O305', 'ids', None), '_scan_thread_object_v2_sm0_s2': ('O306', 'ids', None), '_scan_thread_object_v2_s3_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_object_v2_s4_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_object_v2_sm1_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_object_v2_sm1_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_object_v2_sm2_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_object_v2_sm2_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_object_v2_s5_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_scan_thread_object_v2_s6_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_scan_thread_object_v2_sm3_s0_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_scan_thread_object_v2_sm3_s1_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_scan_thread_object_v2_sm4_s0_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_scan_thread_object_v2_sm4_s1_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_scan_thread_object_v2_sm5_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_scan_thread_object_v2_sm5_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_scan_thread_object_v2_sm5_s2_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_scan_thread_object_v2_sm5_s3_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_scan_thread_object_v2_s7_clash': ('L504', 'metadata', 'clash'), '_scan_thread_object_v2_sm6_s0_clash': ('L504', 'metadata', 'clash')}),
    ('thread', 'v1'): (scan_thread_v1, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_scan_thread_v1_s0_limit': ('O301', 'message_lists', 'limit'), '_scan_thread_v1_s1_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_thread_v1_sm0_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_thread_v1_sm0_s1_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_thread_v1_sm0_s2_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v1_sm0_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_thread_v1_sm0_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v1_sm0_s5_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v1_sm0_s6_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v1_sm0_s6_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v1_sm0_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_thread_v1_sm0_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v1_s3_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_scan_thread_v1_sm1_s0_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_scan_thread_v1_s4_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v1_sm2_s0_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v1_sm3_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_thread_v1_sm3_s1_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_thread_v1_sm3_s2_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v1_sm3_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_thread_v1_sm3_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v1_sm3_s5_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v1_sm3_s6_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v1_sm3_s6_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v1_sm3_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_thread_v1_sm3_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v1_sm3_s10_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_scan_thread_v1_sm3_s11_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v1_sm3_s12_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_scan_thread_v1_sm3_s13_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v1_sm4_s0_limit': ('O301', 'message_lists', 'limit'), '_scan_thread_v1_sm4_s1_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_thread_v1_sm4_s2_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_thread_v1_sm4_s3_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_thread_v1_sm4_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_thread_v1_sm4_s5_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_thread_v1_sm4_s6_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_thread_v1_sm4_s7_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_thread_v1_sm4_s7_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_thread_v1_sm4_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_thread_v1_sm4_s10_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_thread_v1_sm4_s11_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_scan_thread_v1_sm4_s12_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_scan_thread_v1_sm4_s13_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_scan_thread_v1_sm4_s14_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v1_s5_clash': ('L504', 'metadata', 'clash'), '_scan_thread_v1_sm5_s0_clash': ('L504', 'metadata', 'clash')}),
    ('message', 'v1'): (scan_message_v1, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_scan_message_v1_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_message_v1_sm0_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_scan_message_v1_sm0_s1_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_scan_message_v1_sm0_s2_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_scan_message_v1_sm0_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_scan_message_v1_sm0_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_scan_message_v1_sm0_s5_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_scan_message_v1_sm0_s6_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_scan_message_v1_sm0_s6_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_scan_message_v1_sm0_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_scan_message_v1_sm0_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_scan_message_v1_s2_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_scan_message_v1_sm1_s0_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_scan_message_v1_s3_clash': ('L504', 'metadata', 'clash'), '_scan_message_v1_sm2_s0_clash': ('L504', 'metadata', 'clash')}),
}


SUBSCHEMA_CHECKS = {
    ('v2', '/$defs/CreateThreadRequest/properties/messages'): sub_v2_0,
    ('v2', '/$defs/CreateThreadRequest/properties/messages/items'): sub_v2_1,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources'): sub_v2_2,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter'): sub_v2_3,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids'): sub_v2_4,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids/items'): sub_v2_5,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search'): sub_v2_6,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids'): sub_v2_7,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids/items'): sub_v2_8,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores'): sub_v2_9,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items'): sub_v2_10,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids'): sub_v2_11,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids/items'): sub_v2_12,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/chunking_strategy'): sub_v2_13,
    ('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/metadata'): sub_v2_14,
    ('v2', '/$defs/CreateThreadRequest/properties/metadata'): sub_v2_15,
    ('v2', '/$defs/ThreadObject/properties/id'): sub_v2_16,
    ('v2', '/$defs/ThreadObject/properties/object'): sub_v2_17,
    ('v2', '/$defs/ThreadObject/properties/created_at'): sub_v2_18,
    ('v2', '/$defs/ThreadObject/properties/tool_resources'): sub_v2_19,
    ('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter'): sub_v2_20,
    ('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids'): sub_v2_21,
    ('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids/items'): sub_v2_22,
    ('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search'): sub_v2_23,
    ('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids'): sub_v2_24,
    ('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids/items'): sub_v2_25,
    ('v2', '/$defs/ThreadObject/properties/metadata'): sub_v2_26,
    ('v2', '/$defs/CreateMessageRequest/properties/role'): sub_v2_27,
    ('v2', '/$defs/CreateMessageRequest/properties/content'): sub_v2_28,
    ('v2', '/$defs/CreateMessageRequest/properties/content/oneOf/1/items'): sub_v2_29,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments'): sub_v2_30,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments/items'): sub_v2_31,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/file_id'): sub_v2_32,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/tools'): sub_v2_33,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/tools/items'): sub_v2_34,
    ('v2', '/$defs/CreateMessageRequest/properties/metadata'): sub_v2_35,
    ('v2', '/$defs/Metadata/additionalProperties'): sub_v2_36,
    ('v2', '/$defs/MessageContentImageFileObject/properties/type'): sub_v2_37,
    ('v2', '/$defs/MessageContentImageFileObject/properties/image_file'): sub_v2_38,
    ('v2', '/$defs/MessageContentImageFileObject/properties/image_file/properties/file_id'): sub_v2_39,
    ('v2', '/$defs/MessageContentImageFileObject/properties/image_file/properties/detail'): sub_v2_40,
    ('v2', '/$defs/MessageContentImageUrlObject/properties/type'): sub_v2_41,
    ('v2', '/$defs/MessageContentImageUrlObject/properties/image_url'): sub_v2_42,
    ('v2', '/$defs/MessageContentImageUrlObject/properties/image_url/properties/url'): sub_v2_43,
    ('v2', '/$defs/MessageContentImageUrlObject/properties/image_url/properties/detail'): sub_v2_44,
    ('v2', '/$defs/MessageRequestContentTextObject/properties/type'): sub_v2_45,
    ('v2', '/$defs/MessageRequestContentTextObject/properties/text'): sub_v2_46,
    ('v2', '/$defs/AssistantToolsCode/properties/type'): sub_v2_47,
    ('v2', '/$defs/AssistantToolsFileSearchTypeOnly/properties/type'): sub_v2_48,
    ('v2', '/$defs/AutoChunkingStrategyRequestParam/properties/type'): sub_v2_49,
    ('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/type'): sub_v2_50,
    ('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static'): sub_v2_51,
    ('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/max_chunk_size_tokens'): sub_v2_52,
    ('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/chunk_overlap_tokens'): sub_v2_53,
    ('v1', '/$defs/CreateThreadRequest/properties/messages'): sub_v1_0,
    ('v1', '/$defs/CreateThreadRequest/properties/messages/items'): sub_v1_1,
    ('v1', '/$defs/CreateThreadRequest/properties/metadata'): sub_v1_2,
    ('v1', '/$defs/CreateMessageRequest/properties/role'): sub_v1_3,
    ('v1', '/$defs/CreateMessageRequest/properties/content'): sub_v1_4,
    ('v1', '/$defs/CreateMessageRequest/properties/file_ids'): sub_v1_5,
    ('v1', '/$defs/CreateMessageRequest/properties/file_ids/items'): sub_v1_6,
    ('v1', '/$defs/CreateMessageRequest/properties/metadata'): sub_v1_7,
}


MARKERS = {
    'thread': (mark_thread, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_mark_thread_s0_limit': ('O301', 'message_lists', 'limit'), '_mark_thread_s1_limit': ('O302', ('messages', 'content'), 'limit'), '_mark_thread_s2_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_mark_thread_s3_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_mark_thread_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_mark_thread_s5_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_mark_thread_s6_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_mark_thread_s7_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_mark_thread_s7_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_mark_thread_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_mark_thread_s10_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_mark_thread_s11_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_mark_thread_s12_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_mark_thread_s13_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_mark_thread_s14_clash': ('L504', 'metadata', 'clash'), '_mark_thread_s15_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_mark_thread_s16_repeats': ('L501', 'file_id_lists', 'repeats'), '_mark_thread_s17_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_mark_thread_s18_repeats': ('L501', 'file_id_lists', 'repeats'), '_mark_thread_s19_clash': ('L504', 'metadata', 'clash'), '_mark_thread_s20_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_mark_thread_s21_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_mark_thread_s22_clash': ('L504', 'metadata', 'clash')}),
    'message': (mark_message, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_mark_message_s0_limit': ('O302', ('messages', 'content'), 'limit'), '_mark_message_s1_keys': ('O307', ('messages', 'content', '*', '?type=text'), 'keys'), '_mark_message_s2_limit': ('O302', ('messages', 'content', '*', '?type=text', 'text'), 'limit'), '_mark_message_s3_keys': ('O307', ('messages', 'content', '*', '?type=image_url'), 'keys'), '_mark_message_s4_keys': ('O307', ('messages', 'content', '*', '?type=image_url', 'image_url'), 'keys'), '_mark_message_s5_schemes': ('O303', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'schemes'), '_mark_message_s6_web': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'web'), '_mark_message_s6_extensions': ('L505', ('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'extensions'), '_mark_message_s8_keys': ('O307', ('messages', 'content', '*', '?type=image_file'), 'keys'), '_mark_message_s9_keys': ('O307', ('messages', 'content', '*', '?type=image_file', 'image_file'), 'keys'), '_mark_message_s10_repeat': ('L502', ('messages', 'attachments'), 'repeat'), '_mark_message_s11_unknown': ('O307', ('messages', 'attachments', '*', 'tools', '*'), 'unknown'), '_mark_message_s12_unprefixed': ('O304', ('messages', 'file_ids'), 'unprefixed'), '_mark_message_s13_clash': ('L504', 'metadata', 'clash')}),
    'thread_object': (mark_thread_object, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_mark_thread_object_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_mark_thread_object_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_mark_thread_object_s2_unprefixed': ('O305', 'vector_store_id_lists', 'unprefixed'), '_mark_thread_object_s3_repeats': ('L501', 'vector_store_id_lists', 'repeats'), '_mark_thread_object_s4': ('O304', 'ids', None), '_mark_thread_object_s5': ('O305', 'ids', None), '_mark_thread_object_s6': ('O306', 'ids', None), '_mark_thread_object_s7_clash': ('L504', 'metadata', 'clash')}),
    'conversation': (mark_conversation, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_mark_conversation_s0': ('O304', 'ids', None), '_mark_conversation_s1': ('O305', 'ids', None), '_mark_conversation_s2': ('O306', 'ids', None), '_mark_conversation_s3_clash': ('L504', 'metadata', 'clash')}),
    'conversation_items': (mark_conversation_items, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_mark_conversation_items_s0': ('O304', 'ids', None), '_mark_conversation_items_s1': ('O305', 'ids', None), '_mark_conversation_items_s2': ('O306', 'ids', None)}),
    'vector_store': (mark_vector_store, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_mark_vector_store_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_mark_vector_store_s1_repeats': ('L501', 'file_id_lists', 'repeats'), '_mark_vector_store_s2_clash': ('L504', 'metadata', 'clash')}),
    'vector_store_file_batch': (mark_vector_store_file_batch, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_mark_vector_store_file_batch_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_mark_vector_store_file_batch_s1_repeats': ('L501', 'file_id_lists', 'repeats')}),
    'response_tool': (mark_response_tool, (('O301', (('message_lists', 'len(value) > limit'),)), ('O302', ((('messages', 'content'), 'isinstance(value, str) and len(value) > limit'), (('messages', 'content', '*', '?type=text', 'text'), 'isinstance(value, str) and len(value) > limit'))), ('O303', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), 'isinstance(value, str) and not value.startswith(schemes) and not value[:8].lower().startswith(schemes)'),)), ('O304', ((('messages', 'content', '*', '?type=image_file', 'image_file', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'attachments', '*', 'file_id'), "type(value) is str and not value.startswith(context.server.id_prefixes['file'])"), (('messages', 'file_ids'), "isinstance(value, list) and unprefixed(value, context.server.id_prefixes['file'])"), ('file_id_lists', "unprefixed(value, context.server.id_prefixes['file'])"), ('ids', None))), ('O305', (('vector_store_id_lists', "unprefixed(value, context.server.id_prefixes['vector_store'])"), ('ids', None))), ('O306', (('ids', None),)), ('O307', ((('messages', 'attachments', '*', 'tools', '*'), 'isinstance(value, dict) and len(value) > 1 and unknown(value, context)'), (('messages', 'content', '*', '?type=text'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file'), 'not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_url', 'image_url'), 'isinstance(value, dict) and not keys.issuperset(value)'), (('messages', 'content', '*', '?type=image_file', 'image_file'), 'isinstance(value, dict) and not keys.issuperset(value)'))), ('L501', (('file_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'), ('vector_store_id_lists', 'context.kind.request and len(value) > 1 and repeats(value)'))), ('L502', ((('messages', 'attachments'), 'isinstance(value, list) and len(value) > 1 and repeat(value)'),)), ('L503', ((('messages', 'content'), 'value == ""'), (('messages', 'content', '*', '?type=text', 'text'), 'value == ""'))), ('L504', (('metadata', 'len(value) > 1 and clash(value)'),)), ('L505', ((('messages', 'content', '*', '?type=image_url', 'image_url', 'url'), "isinstance(value, str) and ('?' in value or '#' in value or value[-4:].lower() not in extensions and value[-5:].lower() not in extensions) and value[:8].lower().startswith(web)"),))), {'_mark_response_tool_s0_unprefixed': ('O304', 'file_id_lists', 'unprefixed'), '_mark_response_tool_s1_repeats': ('L501', 'file_id_lists', 'repeats')}),
}
