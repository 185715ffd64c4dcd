"""The compiled checks of ``_fast`` for the bundled schemas, written at build time.

Written by ``python -m thread_validator._write_generated`` from the bundled documents: do not
edit. tests/test_generated.py fails when this file differs from what the documents give.
"""
# fmt: off
# ruff: noqa

from ._fast import _runtime
from ._warnings import scan_runtime

globals().update(_runtime())
globals().update(scan_runtime())
NoneType = type(None)


_check_thread_v2_c4 = frozenset({'assistant', 'user'})
_check_thread_v2_c11 = frozenset({'auto', 'high', 'low'})
_check_thread_v2_c15 = frozenset({'auto', 'high', 'low'})
_check_thread_v2_c29 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset
_check_thread_v2_c35 = str
_check_thread_v2_c40 = str
_check_thread_v2_c46 = str
_check_thread_v2_c49 = frozenset({'type'}).issuperset
_check_thread_v2_c55 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_check_thread_v2_c56 = frozenset({'static', 'type'}).issuperset
_check_thread_v2_c66 = frozenset({'messages', 'metadata', 'tool_resources'}).issuperset


def check_thread_v2(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if not _check_thread_v2_c66(body): return False
        if 'metadata' in body:
            v62 = body['metadata']
            t65 = type(v62)
            if t65 is dict:
                if len(v62) > 16: return False
                for k63, v64 in v62.items():
                    if type(k63) is not str: return None
                    if len(k63) > 64: return False
                    if type(v64) is not str: return _json_fault(v64)
                    if len(v64) > 512: return False
            elif v62 is None:
                pass
            else:
                return _json_fault(v62)
        if 'messages' in body:
            v1 = body['messages']
            if not (type(v1) is list): return _json_fault(v1)
            for v2 in v1:
                if not (type(v2) is dict): return _json_fault(v2)
                if 'role' not in v2: return False
                if 'content' not in v2: return False
                if not _check_thread_v2_c29(v2): return False
                v3 = v2['role']
                if not (type(v3) is str): return _json_fault(v3)
                if v3 not in _check_thread_v2_c4: return False
                if 'metadata' in v2:
                    v25 = v2['metadata']
                    t28 = type(v25)
                    if t28 is dict:
                        if len(v25) > 16: return False
                        for k26, v27 in v25.items():
                            if type(k26) is not str: return None
                            if len(k26) > 64: return False
                            if type(v27) is not str: return _json_fault(v27)
                            if len(v27) > 512: return False
                    elif v25 is None:
                        pass
                    else:
                        return _json_fault(v25)
                if 'attachments' in v2:
                    v18 = v2['attachments']
                    t24 = type(v18)
                    if t24 is list:
                        for v19 in v18:
                            if not (type(v19) is dict): return _json_fault(v19)
                            if 'file_id' not in v19: return False
                            if 'tools' not in v19: return False
                            v20 = v19['file_id']
                            if not (type(v20) is str): return _json_fault(v20)
                            v21 = v19['tools']
                            if not (type(v21) is list): return _json_fault(v21)
                            for v22 in v21:
                                if not (type(v22) is dict): return _json_fault(v22)
                                if 'type' not in v22: return False
                                tag23 = v22['type']
                                if type(tag23) is not str: return _json_fault(tag23)
                                if tag23 == 'code_interpreter':
                                    pass
                                elif tag23 == 'file_search':
                                    pass
                                else:
                                    return False
                    elif v18 is None:
                        pass
                    else:
                        return _json_fault(v18)
                v5 = v2['content']
                t17 = type(v5)
                if t17 is str:
                    pass
                elif t17 is list:
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
                        elif tag7 == 'image_url':
                            if 'image_url' not in v6: return False
                            v12 = v6['image_url']
                            if not (type(v12) is dict): return _json_fault(v12)
                            if 'url' not in v12: return False
                            v13 = v12['url']
                            if not (type(v13) is str): return _json_fault(v13)
                            if _uri(v13) is None: return False
                            if 'detail' in v12:
                                v14 = v12['detail']
                                if not (type(v14) is str): return _json_fault(v14)
                                if v14 not in _check_thread_v2_c15: return False
                        elif tag7 == 'text':
                            if 'text' not in v6: return False
                            v16 = v6['text']
                            if not (type(v16) is str): return _json_fault(v16)
                        else:
                            return False
                else:
                    return _json_fault(v5)
        if 'tool_resources' in body:
            v30 = body['tool_resources']
            t61 = type(v30)
            if t61 is dict:
                if 'code_interpreter' in v30:
                    v31 = v30['code_interpreter']
                    if not (type(v31) is dict): return _json_fault(v31)
                    if 'file_ids' in v31:
                        v32 = v31['file_ids']
                        if not (type(v32) is list): return _json_fault(v32)
                        if len(v32) > 20: return False
                        if len(v32) < 16:
                            for v34 in v32:
                                if type(v34) is not str: return _json_fault(v34)
                        elif _count_of(map(type, v32), _check_thread_v2_c35) != len(v32): return _json_faults(v32)
                if 'file_search' in v30:
                    v36 = v30['file_search']
                    if not (type(v36) is dict): return _json_fault(v36)
                    if ('vector_store_ids' in v36) + ('vector_stores' in v36) != 1: return False
                    if 'vector_store_ids' in v36:
                        v37 = v36['vector_store_ids']
                        if not (type(v37) is list): return _json_fault(v37)
                        if len(v37) > 1: return False
                        if len(v37) < 16:
                            for v39 in v37:
                                if type(v39) is not str: return _json_fault(v39)
                        elif _count_of(map(type, v37), _check_thread_v2_c40) != len(v37): return _json_faults(v37)
                    if 'vector_stores' in v36:
                        v41 = v36['vector_stores']
                        if not (type(v41) is list): return _json_fault(v41)
                        if len(v41) > 1: return False
                        for v42 in v41:
                            if not (type(v42) is dict): return _json_fault(v42)
                            if 'file_ids' in v42:
                                v43 = v42['file_ids']
                                if not (type(v43) is list): return _json_fault(v43)
                                if len(v43) > 10000: return False
                                if len(v43) < 16:
                                    for v45 in v43:
                                        if type(v45) is not str: return _json_fault(v45)
                                elif _count_of(map(type, v43), _check_thread_v2_c46) != len(v43): return _json_faults(v43)
                            if 'metadata' in v42:
                                v57 = v42['metadata']
                                t60 = type(v57)
                                if t60 is dict:
                                    if len(v57) > 16: return False
                                    for k58, v59 in v57.items():
                                        if type(k58) is not str: return None
                                        if len(k58) > 64: return False
                                        if type(v59) is not str: return _json_fault(v59)
                                        if len(v59) > 512: return False
                                elif v57 is None:
                                    pass
                                else:
                                    return _json_fault(v57)
                            if 'chunking_strategy' in v42:
                                v47 = v42['chunking_strategy']
                                if not (type(v47) is dict): return _json_fault(v47)
                                if 'type' not in v47: return False
                                tag48 = v47['type']
                                if type(tag48) is not str: return _json_fault(tag48)
                                if tag48 == 'auto':
                                    if not _check_thread_v2_c49(v47): return False
                                elif tag48 == 'static':
                                    if 'static' not in v47: return False
                                    if not _check_thread_v2_c56(v47): return False
                                    v50 = v47['static']
                                    if not (type(v50) is dict): return _json_fault(v50)
                                    if 'max_chunk_size_tokens' not in v50: return False
                                    if 'chunk_overlap_tokens' not in v50: return False
                                    if not _check_thread_v2_c55(v50): return False
                                    v53 = v50['chunk_overlap_tokens']
                                    t54 = type(v53)
                                    if t54 is int:
                                        pass
                                    elif t54 is float:
                                        if not v53.is_integer(): return False
                                    else:
                                        return _json_fault(v53)
                                    v51 = v50['max_chunk_size_tokens']
                                    t52 = type(v51)
                                    if t52 is int:
                                        if v51 < 100: return False
                                        if v51 > 4096: return False
                                    elif t52 is float:
                                        if not v51.is_integer(): return False
                                        if v51 < 100: return False
                                        if v51 > 4096: return False
                                    else:
                                        return _json_fault(v51)
                                    if (_r := _overlap_at_most_half(v50.get('max_chunk_size_tokens'), v50.get('chunk_overlap_tokens'))) is not True: return _r
                                else:
                                    return False
            elif v30 is None:
                pass
            else:
                return _json_fault(v30)
    except Exception:
        return None
    return True


_scan_thread_v2_c4 = frozenset({'assistant', 'user'})
_scan_thread_v2_c11 = frozenset({'auto', 'high', 'low'})
_scan_thread_v2_c15 = frozenset({'auto', 'high', 'low'})
_scan_thread_v2_c29 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset
_scan_thread_v2_c35 = str
_scan_thread_v2_c40 = str
_scan_thread_v2_c46 = str
_scan_thread_v2_c49 = frozenset({'type'}).issuperset
_scan_thread_v2_c55 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_scan_thread_v2_c56 = frozenset({'static', 'type'}).issuperset
_scan_thread_v2_c66 = frozenset({'messages', 'metadata', 'tool_resources'}).issuperset


def scan_thread_v2(body):
    _f = 0
    try:
        if not (type(body) is dict): return -1
        if not _scan_thread_v2_c66(body): return -1
        if 'metadata' in body:
            v62 = body['metadata']
            t65 = type(v62)
            if t65 is dict:
                if len(v62) > 16: return -1
                for k63, v64 in v62.items():
                    if type(k63) is not str: return -1
                    if len(k63) > 64: return -1
                    if type(v64) is not str: return -1
                    if len(v64) > 512: return -1
            elif v62 is None:
                pass
            else:
                return -1
            if type(v62) is dict and len(v62) > 1 and len(set(map(_casefold, v62))) != len(v62): _f |= 4
        if 'messages' in body:
            v1 = body['messages']
            if not (type(v1) is list): return -1
            for v2 in v1:
                if not (type(v2) is dict): return -1
                if 'role' not in v2: return -1
                if 'content' not in v2: return -1
                if not _scan_thread_v2_c29(v2): return -1
                v3 = v2['role']
                if not (type(v3) is str): return -1
                if v3 not in _scan_thread_v2_c4: return -1
                if 'metadata' in v2:
                    v25 = v2['metadata']
                    t28 = type(v25)
                    if t28 is dict:
                        if len(v25) > 16: return -1
                        for k26, v27 in v25.items():
                            if type(k26) is not str: return -1
                            if len(k26) > 64: return -1
                            if type(v27) is not str: return -1
                            if len(v27) > 512: return -1
                    elif v25 is None:
                        pass
                    else:
                        return -1
                    if type(v25) is dict and len(v25) > 1 and len(set(map(_casefold, v25))) != len(v25): _f |= 4
                if 'attachments' in v2:
                    v18 = v2['attachments']
                    t24 = type(v18)
                    if t24 is list:
                        for v19 in v18:
                            if not (type(v19) is dict): return -1
                            if 'file_id' not in v19: return -1
                            if 'tools' not in v19: return -1
                            v20 = v19['file_id']
                            if not (type(v20) is str): return -1
                            v21 = v19['tools']
                            if not (type(v21) is list): return -1
                            for v22 in v21:
                                if not (type(v22) is dict): return -1
                                if 'type' not in v22: return -1
                                tag23 = v22['type']
                                if type(tag23) is not str: return -1
                                if tag23 == 'code_interpreter':
                                    pass
                                elif tag23 == 'file_search':
                                    pass
                                else:
                                    return -1
                    elif v18 is None:
                        pass
                    else:
                        return -1
                    if type(v18) is list: _f |= _attachments(v18)
                v5 = v2['content']
                t17 = type(v5)
                if t17 is str:
                    pass
                elif t17 is list:
                    if len(v5) < 1: return -1
                    for v6 in v5:
                        if not (type(v6) is dict): return -1
                        if 'type' not in v6: return -1
                        tag7 = v6['type']
                        if type(tag7) is not str: return -1
                        if tag7 == 'image_file':
                            if 'image_file' not in v6: return -1
                            v8 = v6['image_file']
                            if not (type(v8) is dict): return -1
                            if 'file_id' not in v8: return -1
                            v9 = v8['file_id']
                            if not (type(v9) is str): return -1
                            if type(v9) is str and not v9.startswith('file-'): _f |= 128
                            if 'detail' in v8:
                                v10 = v8['detail']
                                if not (type(v10) is str): return -1
                                if v10 not in _scan_thread_v2_c11: return -1
                        elif tag7 == 'image_url':
                            if 'image_url' not in v6: return -1
                            v12 = v6['image_url']
                            if not (type(v12) is dict): return -1
                            if 'url' not in v12: return -1
                            v13 = v12['url']
                            if not (type(v13) is str): return -1
                            if _uri(v13) is None: return -1
                            _f |= _url_flags(v13)
                            if 'detail' in v12:
                                v14 = v12['detail']
                                if not (type(v14) is str): return -1
                                if v14 not in _scan_thread_v2_c15: return -1
                        elif tag7 == 'text':
                            if 'text' not in v6: return -1
                            v16 = v6['text']
                            if not (type(v16) is str): return -1
                            if type(v16) is str and (not v16 or len(v16) > 256000): _f |= 34
                        else:
                            return -1
                else:
                    return -1
                if type(v5) is str and (not v5 or len(v5) > 256000): _f |= 34
            if type(v1) is list and len(v1) > 32: _f |= 16
        if 'tool_resources' in body:
            v30 = body['tool_resources']
            t61 = type(v30)
            if t61 is dict:
                if 'code_interpreter' in v30:
                    v31 = v30['code_interpreter']
                    if not (type(v31) is dict): return -1
                    if 'file_ids' in v31:
                        v32 = v31['file_ids']
                        if not (type(v32) is list): return -1
                        if len(v32) > 20: return -1
                        if len(v32) < 16:
                            for v34 in v32:
                                if type(v34) is not str: return -1
                        elif _count_of(map(type, v32), _scan_thread_v2_c35) != len(v32): return -1
                        if v32 and (min(v32) < 'file-' or max(v32) >= 'file.'): _f |= 128
                        if len(v32) > 1 and len(set(v32)) != len(v32): _f |= 1
                if 'file_search' in v30:
                    v36 = v30['file_search']
                    if not (type(v36) is dict): return -1
                    if ('vector_store_ids' in v36) + ('vector_stores' in v36) != 1: return -1
                    if 'vector_store_ids' in v36:
                        v37 = v36['vector_store_ids']
                        if not (type(v37) is list): return -1
                        if len(v37) > 1: return -1
                        if len(v37) < 16:
                            for v39 in v37:
                                if type(v39) is not str: return -1
                        elif _count_of(map(type, v37), _scan_thread_v2_c40) != len(v37): return -1
                        if v37 and (min(v37) < 'vs_' or max(v37) >= 'vs`'): _f |= 256
                        if len(v37) > 1 and len(set(v37)) != len(v37): _f |= 1
                    if 'vector_stores' in v36:
                        v41 = v36['vector_stores']
                        if not (type(v41) is list): return -1
                        if len(v41) > 1: return -1
                        for v42 in v41:
                            if not (type(v42) is dict): return -1
                            if 'file_ids' in v42:
                                v43 = v42['file_ids']
                                if not (type(v43) is list): return -1
                                if len(v43) > 10000: return -1
                                if len(v43) < 16:
                                    for v45 in v43:
                                        if type(v45) is not str: return -1
                                elif _count_of(map(type, v43), _scan_thread_v2_c46) != len(v43): return -1
                                if v43 and (min(v43) < 'file-' or max(v43) >= 'file.'): _f |= 128
                                if len(v43) > 1 and len(set(v43)) != len(v43): _f |= 1
                            if 'metadata' in v42:
                                v57 = v42['metadata']
                                t60 = type(v57)
                                if t60 is dict:
                                    if len(v57) > 16: return -1
                                    for k58, v59 in v57.items():
                                        if type(k58) is not str: return -1
                                        if len(k58) > 64: return -1
                                        if type(v59) is not str: return -1
                                        if len(v59) > 512: return -1
                                elif v57 is None:
                                    pass
                                else:
                                    return -1
                                if type(v57) is dict and len(v57) > 1 and len(set(map(_casefold, v57))) != len(v57): _f |= 4
                            if 'chunking_strategy' in v42:
                                v47 = v42['chunking_strategy']
                                if not (type(v47) is dict): return -1
                                if 'type' not in v47: return -1
                                tag48 = v47['type']
                                if type(tag48) is not str: return -1
                                if tag48 == 'auto':
                                    if not _scan_thread_v2_c49(v47): return -1
                                elif tag48 == 'static':
                                    if 'static' not in v47: return -1
                                    if not _scan_thread_v2_c56(v47): return -1
                                    v50 = v47['static']
                                    if not (type(v50) is dict): return -1
                                    if 'max_chunk_size_tokens' not in v50: return -1
                                    if 'chunk_overlap_tokens' not in v50: return -1
                                    if not _scan_thread_v2_c55(v50): return -1
                                    v53 = v50['chunk_overlap_tokens']
                                    t54 = type(v53)
                                    if t54 is int:
                                        pass
                                    elif t54 is float:
                                        if not v53.is_integer(): return -1
                                    else:
                                        return -1
                                    v51 = v50['max_chunk_size_tokens']
                                    t52 = type(v51)
                                    if t52 is int:
                                        if v51 < 100: return -1
                                        if v51 > 4096: return -1
                                    elif t52 is float:
                                        if not v51.is_integer(): return -1
                                        if v51 < 100: return -1
                                        if v51 > 4096: return -1
                                    else:
                                        return -1
                                    if (_r := _overlap_at_most_half(v50.get('max_chunk_size_tokens'), v50.get('chunk_overlap_tokens'))) is not True: return -1
                                else:
                                    return -1
            elif v30 is None:
                pass
            else:
                return -1
    except Exception:
        return -1
    return _f


_check_message_v2_c2 = frozenset({'assistant', 'user'})
_check_message_v2_c9 = frozenset({'auto', 'high', 'low'})
_check_message_v2_c13 = frozenset({'auto', 'high', 'low'})
_check_message_v2_c27 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset


def check_message_v2(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'role' not in body: return False
        if 'content' not in body: return False
        if not _check_message_v2_c27(body): return False
        v1 = body['role']
        if not (type(v1) is str): return _json_fault(v1)
        if v1 not in _check_message_v2_c2: return False
        if 'metadata' in body:
            v23 = body['metadata']
            t26 = type(v23)
            if t26 is dict:
                if len(v23) > 16: return False
                for k24, v25 in v23.items():
                    if type(k24) is not str: return None
                    if len(k24) > 64: return False
                    if type(v25) is not str: return _json_fault(v25)
                    if len(v25) > 512: return False
            elif v23 is None:
                pass
            else:
                return _json_fault(v23)
        if 'attachments' in body:
            v16 = body['attachments']
            t22 = type(v16)
            if t22 is list:
                for v17 in v16:
                    if not (type(v17) is dict): return _json_fault(v17)
                    if 'file_id' not in v17: return False
                    if 'tools' not in v17: return False
                    v18 = v17['file_id']
                    if not (type(v18) is str): return _json_fault(v18)
                    v19 = v17['tools']
                    if not (type(v19) is list): return _json_fault(v19)
                    for v20 in v19:
                        if not (type(v20) is dict): return _json_fault(v20)
                        if 'type' not in v20: return False
                        tag21 = v20['type']
                        if type(tag21) is not str: return _json_fault(tag21)
                        if tag21 == 'code_interpreter':
                            pass
                        elif tag21 == 'file_search':
                            pass
                        else:
                            return False
            elif v16 is None:
                pass
            else:
                return _json_fault(v16)
        v3 = body['content']
        t15 = type(v3)
        if t15 is str:
            pass
        elif t15 is list:
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
                elif tag5 == 'image_url':
                    if 'image_url' not in v4: return False
                    v10 = v4['image_url']
                    if not (type(v10) is dict): return _json_fault(v10)
                    if 'url' not in v10: return False
                    v11 = v10['url']
                    if not (type(v11) is str): return _json_fault(v11)
                    if _uri(v11) is None: return False
                    if 'detail' in v10:
                        v12 = v10['detail']
                        if not (type(v12) is str): return _json_fault(v12)
                        if v12 not in _check_message_v2_c13: return False
                elif tag5 == 'text':
                    if 'text' not in v4: return False
                    v14 = v4['text']
                    if not (type(v14) is str): return _json_fault(v14)
                else:
                    return False
        else:
            return _json_fault(v3)
    except Exception:
        return None
    return True


_scan_message_v2_c2 = frozenset({'assistant', 'user'})
_scan_message_v2_c9 = frozenset({'auto', 'high', 'low'})
_scan_message_v2_c13 = frozenset({'auto', 'high', 'low'})
_scan_message_v2_c27 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset


def scan_message_v2(body):
    _f = 0
    try:
        if not (type(body) is dict): return -1
        if 'role' not in body: return -1
        if 'content' not in body: return -1
        if not _scan_message_v2_c27(body): return -1
        v1 = body['role']
        if not (type(v1) is str): return -1
        if v1 not in _scan_message_v2_c2: return -1
        if 'metadata' in body:
            v23 = body['metadata']
            t26 = type(v23)
            if t26 is dict:
                if len(v23) > 16: return -1
                for k24, v25 in v23.items():
                    if type(k24) is not str: return -1
                    if len(k24) > 64: return -1
                    if type(v25) is not str: return -1
                    if len(v25) > 512: return -1
            elif v23 is None:
                pass
            else:
                return -1
            if type(v23) is dict and len(v23) > 1 and len(set(map(_casefold, v23))) != len(v23): _f |= 4
        if 'attachments' in body:
            v16 = body['attachments']
            t22 = type(v16)
            if t22 is list:
                for v17 in v16:
                    if not (type(v17) is dict): return -1
                    if 'file_id' not in v17: return -1
                    if 'tools' not in v17: return -1
                    v18 = v17['file_id']
                    if not (type(v18) is str): return -1
                    v19 = v17['tools']
                    if not (type(v19) is list): return -1
                    for v20 in v19:
                        if not (type(v20) is dict): return -1
                        if 'type' not in v20: return -1
                        tag21 = v20['type']
                        if type(tag21) is not str: return -1
                        if tag21 == 'code_interpreter':
                            pass
                        elif tag21 == 'file_search':
                            pass
                        else:
                            return -1
            elif v16 is None:
                pass
            else:
                return -1
            if type(v16) is list: _f |= _attachments(v16)
        v3 = body['content']
        t15 = type(v3)
        if t15 is str:
            pass
        elif t15 is list:
            if len(v3) < 1: return -1
            for v4 in v3:
                if not (type(v4) is dict): return -1
                if 'type' not in v4: return -1
                tag5 = v4['type']
                if type(tag5) is not str: return -1
                if tag5 == 'image_file':
                    if 'image_file' not in v4: return -1
                    v6 = v4['image_file']
                    if not (type(v6) is dict): return -1
                    if 'file_id' not in v6: return -1
                    v7 = v6['file_id']
                    if not (type(v7) is str): return -1
                    if type(v7) is str and not v7.startswith('file-'): _f |= 128
                    if 'detail' in v6:
                        v8 = v6['detail']
                        if not (type(v8) is str): return -1
                        if v8 not in _scan_message_v2_c9: return -1
                elif tag5 == 'image_url':
                    if 'image_url' not in v4: return -1
                    v10 = v4['image_url']
                    if not (type(v10) is dict): return -1
                    if 'url' not in v10: return -1
                    v11 = v10['url']
                    if not (type(v11) is str): return -1
                    if _uri(v11) is None: return -1
                    _f |= _url_flags(v11)
                    if 'detail' in v10:
                        v12 = v10['detail']
                        if not (type(v12) is str): return -1
                        if v12 not in _scan_message_v2_c13: return -1
                elif tag5 == 'text':
                    if 'text' not in v4: return -1
                    v14 = v4['text']
                    if not (type(v14) is str): return -1
                    if type(v14) is str and (not v14 or len(v14) > 256000): _f |= 34
                else:
                    return -1
        else:
            return -1
        if type(v3) is str and (not v3 or len(v3) > 256000): _f |= 34
    except Exception:
        return -1
    return _f


_check_thread_object_v2_c3 = frozenset({'thread'})
_check_thread_object_v2_c11 = str
_check_thread_object_v2_c16 = str


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
        v18 = body['metadata']
        t21 = type(v18)
        if t21 is dict:
            if len(v18) > 16: return False
            for k19, v20 in v18.items():
                if type(k19) is not str: return None
                if len(k19) > 64: return False
                if type(v20) is not str: return _json_fault(v20)
                if len(v20) > 512: return False
        elif v18 is None:
            pass
        else:
            return _json_fault(v18)
        v6 = body['tool_resources']
        t17 = type(v6)
        if t17 is dict:
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
            if 'file_search' in v6:
                v12 = v6['file_search']
                if not (type(v12) is dict): return _json_fault(v12)
                if 'vector_store_ids' in v12:
                    v13 = v12['vector_store_ids']
                    if not (type(v13) is list): return _json_fault(v13)
                    if len(v13) > 1: return False
                    if len(v13) < 16:
                        for v15 in v13:
                            if type(v15) is not str: return _json_fault(v15)
                    elif _count_of(map(type, v13), _check_thread_object_v2_c16) != len(v13): return _json_faults(v13)
        elif v6 is None:
            pass
        else:
            return _json_fault(v6)
    except Exception:
        return None
    return True


_scan_thread_object_v2_c3 = frozenset({'thread'})
_scan_thread_object_v2_c11 = str
_scan_thread_object_v2_c16 = str


def scan_thread_object_v2(body):
    _f = 0
    try:
        if not (type(body) is dict): return -1
        if 'id' not in body: return -1
        if 'object' not in body: return -1
        if 'created_at' not in body: return -1
        if 'tool_resources' not in body: return -1
        if 'metadata' not in body: return -1
        v1 = body['id']
        if not (type(v1) is str): return -1
        if type(v1) is str and not v1.startswith('thread_'): _f |= 512
        v2 = body['object']
        if not (type(v2) is str): return -1
        if v2 not in _scan_thread_object_v2_c3: return -1
        v4 = body['created_at']
        t5 = type(v4)
        if t5 is int:
            pass
        elif t5 is float:
            if not v4.is_integer(): return -1
        else:
            return -1
        v18 = body['metadata']
        t21 = type(v18)
        if t21 is dict:
            if len(v18) > 16: return -1
            for k19, v20 in v18.items():
                if type(k19) is not str: return -1
                if len(k19) > 64: return -1
                if type(v20) is not str: return -1
                if len(v20) > 512: return -1
        elif v18 is None:
            pass
        else:
            return -1
        if type(v18) is dict and len(v18) > 1 and len(set(map(_casefold, v18))) != len(v18): _f |= 4
        v6 = body['tool_resources']
        t17 = type(v6)
        if t17 is dict:
            if 'code_interpreter' in v6:
                v7 = v6['code_interpreter']
                if not (type(v7) is dict): return -1
                if 'file_ids' in v7:
                    v8 = v7['file_ids']
                    if not (type(v8) is list): return -1
                    if len(v8) > 20: return -1
                    if len(v8) < 16:
                        for v10 in v8:
                            if type(v10) is not str: return -1
                    elif _count_of(map(type, v8), _scan_thread_object_v2_c11) != len(v8): return -1
                    if v8 and (min(v8) < 'file-' or max(v8) >= 'file.'): _f |= 128
            if 'file_search' in v6:
                v12 = v6['file_search']
                if not (type(v12) is dict): return -1
                if 'vector_store_ids' in v12:
                    v13 = v12['vector_store_ids']
                    if not (type(v13) is list): return -1
                    if len(v13) > 1: return -1
                    if len(v13) < 16:
                        for v15 in v13:
                            if type(v15) is not str: return -1
                    elif _count_of(map(type, v13), _scan_thread_object_v2_c16) != len(v13): return -1
                    if v13 and (min(v13) < 'vs_' or max(v13) >= 'vs`'): _f |= 256
        elif v6 is None:
            pass
        else:
            return -1
    except Exception:
        return -1
    return _f


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
                    if type(k16) is not str: return None
                    if len(k16) > 64: return False
                    if type(v17) is str:
                        if len(v17) > 512: return False
                    elif isinstance(v17, str): return None
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
                            if type(k11) is not str: return None
                            if len(k11) > 64: return False
                            if type(v12) is str:
                                if len(v12) > 512: return False
                            elif isinstance(v12, str): return None
                    elif v10 is None:
                        pass
                    else:
                        return _json_fault(v10)
    except Exception:
        return None
    return True


_scan_thread_v1_c4 = frozenset({'user'})
_scan_thread_v1_c9 = str
_scan_thread_v1_c14 = frozenset({'content', 'file_ids', 'metadata', 'role'}).issuperset
_scan_thread_v1_c19 = frozenset({'messages', 'metadata'}).issuperset


def scan_thread_v1(body):
    _f = 0
    try:
        if not (type(body) is dict): return -1
        if not _scan_thread_v1_c19(body): return -1
        if 'metadata' in body:
            v15 = body['metadata']
            t18 = type(v15)
            if t18 is dict:
                if len(v15) > 16: return -1
                for k16, v17 in v15.items():
                    if type(k16) is not str: return -1
                    if len(k16) > 64: return -1
                    if type(v17) is str:
                        if len(v17) > 512: return -1
                    elif isinstance(v17, str): return -1
            elif v15 is None:
                pass
            else:
                return -1
            if type(v15) is dict and len(v15) > 1 and len(set(map(_casefold, v15))) != len(v15): _f |= 4
        if 'messages' in body:
            v1 = body['messages']
            if not (type(v1) is list): return -1
            for v2 in v1:
                if not (type(v2) is dict): return -1
                if 'role' not in v2: return -1
                if 'content' not in v2: return -1
                if not _scan_thread_v1_c14(v2): return -1
                v3 = v2['role']
                if not (type(v3) is str): return -1
                if v3 not in _scan_thread_v1_c4: return -1
                v5 = v2['content']
                if not (type(v5) is str): return -1
                if len(v5) < 1: return -1
                if len(v5) > 32768: return -1
                if type(v5) is str and (not v5 or len(v5) > 256000): _f |= 34
                if 'file_ids' in v2:
                    v6 = v2['file_ids']
                    if not (type(v6) is list): return -1
                    if len(v6) < 1: return -1
                    if len(v6) > 10: return -1
                    if len(v6) < 16:
                        for v8 in v6:
                            if type(v8) is not str: return -1
                    elif _count_of(map(type, v6), _scan_thread_v1_c9) != len(v6): return -1
                    if v6 and (min(v6) < 'file-' or max(v6) >= 'file.'): _f |= 128
                if 'metadata' in v2:
                    v10 = v2['metadata']
                    t13 = type(v10)
                    if t13 is dict:
                        if len(v10) > 16: return -1
                        for k11, v12 in v10.items():
                            if type(k11) is not str: return -1
                            if len(k11) > 64: return -1
                            if type(v12) is str:
                                if len(v12) > 512: return -1
                            elif isinstance(v12, str): return -1
                    elif v10 is None:
                        pass
                    else:
                        return -1
                    if type(v10) is dict and len(v10) > 1 and len(set(map(_casefold, v10))) != len(v10): _f |= 4
            if type(v1) is list and len(v1) > 32: _f |= 16
    except Exception:
        return -1
    return _f


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
                    if type(k9) is not str: return None
                    if len(k9) > 64: return False
                    if type(v10) is str:
                        if len(v10) > 512: return False
                    elif isinstance(v10, str): return None
            elif v8 is None:
                pass
            else:
                return _json_fault(v8)
    except Exception:
        return None
    return True


_scan_message_v1_c2 = frozenset({'user'})
_scan_message_v1_c7 = str
_scan_message_v1_c12 = frozenset({'content', 'file_ids', 'metadata', 'role'}).issuperset


def scan_message_v1(body):
    _f = 0
    try:
        if not (type(body) is dict): return -1
        if 'role' not in body: return -1
        if 'content' not in body: return -1
        if not _scan_message_v1_c12(body): return -1
        v1 = body['role']
        if not (type(v1) is str): return -1
        if v1 not in _scan_message_v1_c2: return -1
        v3 = body['content']
        if not (type(v3) is str): return -1
        if len(v3) < 1: return -1
        if len(v3) > 32768: return -1
        if type(v3) is str and (not v3 or len(v3) > 256000): _f |= 34
        if 'file_ids' in body:
            v4 = body['file_ids']
            if not (type(v4) is list): return -1
            if len(v4) < 1: return -1
            if len(v4) > 10: return -1
            if len(v4) < 16:
                for v6 in v4:
                    if type(v6) is not str: return -1
            elif _count_of(map(type, v4), _scan_message_v1_c7) != len(v4): return -1
            if v4 and (min(v4) < 'file-' or max(v4) >= 'file.'): _f |= 128
        if 'metadata' in body:
            v8 = body['metadata']
            t11 = type(v8)
            if t11 is dict:
                if len(v8) > 16: return -1
                for k9, v10 in v8.items():
                    if type(k9) is not str: return -1
                    if len(k9) > 64: return -1
                    if type(v10) is str:
                        if len(v10) > 512: return -1
                    elif isinstance(v10, str): return -1
            elif v8 is None:
                pass
            else:
                return -1
            if type(v8) is dict and len(v8) > 1 and len(set(map(_casefold, v8))) != len(v8): _f |= 4
    except Exception:
        return -1
    return _f


_sub_v2_0_c3 = frozenset({'assistant', 'user'})
_sub_v2_0_c10 = frozenset({'auto', 'high', 'low'})
_sub_v2_0_c14 = frozenset({'auto', 'high', 'low'})
_sub_v2_0_c28 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset


def sub_v2_0(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        for v1 in body:
            if not (type(v1) is dict): return _json_fault(v1)
            if 'role' not in v1: return False
            if 'content' not in v1: return False
            if not _sub_v2_0_c28(v1): return False
            v2 = v1['role']
            if not (type(v2) is str): return _json_fault(v2)
            if v2 not in _sub_v2_0_c3: return False
            if 'metadata' in v1:
                v24 = v1['metadata']
                t27 = type(v24)
                if t27 is dict:
                    if len(v24) > 16: return False
                    for k25, v26 in v24.items():
                        if type(k25) is not str: return None
                        if len(k25) > 64: return False
                        if type(v26) is not str: return _json_fault(v26)
                        if len(v26) > 512: return False
                elif v24 is None:
                    pass
                else:
                    return _json_fault(v24)
            if 'attachments' in v1:
                v17 = v1['attachments']
                t23 = type(v17)
                if t23 is list:
                    for v18 in v17:
                        if not (type(v18) is dict): return _json_fault(v18)
                        if 'file_id' not in v18: return False
                        if 'tools' not in v18: return False
                        v19 = v18['file_id']
                        if not (type(v19) is str): return _json_fault(v19)
                        v20 = v18['tools']
                        if not (type(v20) is list): return _json_fault(v20)
                        for v21 in v20:
                            if not (type(v21) is dict): return _json_fault(v21)
                            if 'type' not in v21: return False
                            tag22 = v21['type']
                            if type(tag22) is not str: return _json_fault(tag22)
                            if tag22 == 'code_interpreter':
                                pass
                            elif tag22 == 'file_search':
                                pass
                            else:
                                return False
                elif v17 is None:
                    pass
                else:
                    return _json_fault(v17)
            v4 = v1['content']
            t16 = type(v4)
            if t16 is str:
                pass
            elif t16 is list:
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
                    elif tag6 == 'image_url':
                        if 'image_url' not in v5: return False
                        v11 = v5['image_url']
                        if not (type(v11) is dict): return _json_fault(v11)
                        if 'url' not in v11: return False
                        v12 = v11['url']
                        if not (type(v12) is str): return _json_fault(v12)
                        if _uri(v12) is None: return False
                        if 'detail' in v11:
                            v13 = v11['detail']
                            if not (type(v13) is str): return _json_fault(v13)
                            if v13 not in _sub_v2_0_c14: return False
                    elif tag6 == 'text':
                        if 'text' not in v5: return False
                        v15 = v5['text']
                        if not (type(v15) is str): return _json_fault(v15)
                    else:
                        return False
            else:
                return _json_fault(v4)
    except Exception:
        return None
    return True


_sub_v2_1_c2 = frozenset({'assistant', 'user'})
_sub_v2_1_c9 = frozenset({'auto', 'high', 'low'})
_sub_v2_1_c13 = frozenset({'auto', 'high', 'low'})
_sub_v2_1_c27 = frozenset({'attachments', 'content', 'metadata', 'role'}).issuperset


def sub_v2_1(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'role' not in body: return False
        if 'content' not in body: return False
        if not _sub_v2_1_c27(body): return False
        v1 = body['role']
        if not (type(v1) is str): return _json_fault(v1)
        if v1 not in _sub_v2_1_c2: return False
        if 'metadata' in body:
            v23 = body['metadata']
            t26 = type(v23)
            if t26 is dict:
                if len(v23) > 16: return False
                for k24, v25 in v23.items():
                    if type(k24) is not str: return None
                    if len(k24) > 64: return False
                    if type(v25) is not str: return _json_fault(v25)
                    if len(v25) > 512: return False
            elif v23 is None:
                pass
            else:
                return _json_fault(v23)
        if 'attachments' in body:
            v16 = body['attachments']
            t22 = type(v16)
            if t22 is list:
                for v17 in v16:
                    if not (type(v17) is dict): return _json_fault(v17)
                    if 'file_id' not in v17: return False
                    if 'tools' not in v17: return False
                    v18 = v17['file_id']
                    if not (type(v18) is str): return _json_fault(v18)
                    v19 = v17['tools']
                    if not (type(v19) is list): return _json_fault(v19)
                    for v20 in v19:
                        if not (type(v20) is dict): return _json_fault(v20)
                        if 'type' not in v20: return False
                        tag21 = v20['type']
                        if type(tag21) is not str: return _json_fault(tag21)
                        if tag21 == 'code_interpreter':
                            pass
                        elif tag21 == 'file_search':
                            pass
                        else:
                            return False
            elif v16 is None:
                pass
            else:
                return _json_fault(v16)
        v3 = body['content']
        t15 = type(v3)
        if t15 is str:
            pass
        elif t15 is list:
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
                elif tag5 == 'image_url':
                    if 'image_url' not in v4: return False
                    v10 = v4['image_url']
                    if not (type(v10) is dict): return _json_fault(v10)
                    if 'url' not in v10: return False
                    v11 = v10['url']
                    if not (type(v11) is str): return _json_fault(v11)
                    if _uri(v11) is None: return False
                    if 'detail' in v10:
                        v12 = v10['detail']
                        if not (type(v12) is str): return _json_fault(v12)
                        if v12 not in _sub_v2_1_c13: return False
                elif tag5 == 'text':
                    if 'text' not in v4: return False
                    v14 = v4['text']
                    if not (type(v14) is str): return _json_fault(v14)
                else:
                    return False
        else:
            return _json_fault(v3)
    except Exception:
        return None
    return True


_sub_v2_2_c5 = str
_sub_v2_2_c10 = str
_sub_v2_2_c16 = str
_sub_v2_2_c19 = frozenset({'type'}).issuperset
_sub_v2_2_c25 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_sub_v2_2_c26 = frozenset({'static', 'type'}).issuperset


def sub_v2_2(body):
    try:
        t31 = type(body)
        if t31 is dict:
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
            if 'file_search' in body:
                v6 = body['file_search']
                if not (type(v6) is dict): return _json_fault(v6)
                if ('vector_store_ids' in v6) + ('vector_stores' in v6) != 1: return False
                if 'vector_store_ids' in v6:
                    v7 = v6['vector_store_ids']
                    if not (type(v7) is list): return _json_fault(v7)
                    if len(v7) > 1: return False
                    if len(v7) < 16:
                        for v9 in v7:
                            if type(v9) is not str: return _json_fault(v9)
                    elif _count_of(map(type, v7), _sub_v2_2_c10) != len(v7): return _json_faults(v7)
                if 'vector_stores' in v6:
                    v11 = v6['vector_stores']
                    if not (type(v11) is list): return _json_fault(v11)
                    if len(v11) > 1: return False
                    for v12 in v11:
                        if not (type(v12) is dict): return _json_fault(v12)
                        if 'file_ids' in v12:
                            v13 = v12['file_ids']
                            if not (type(v13) is list): return _json_fault(v13)
                            if len(v13) > 10000: return False
                            if len(v13) < 16:
                                for v15 in v13:
                                    if type(v15) is not str: return _json_fault(v15)
                            elif _count_of(map(type, v13), _sub_v2_2_c16) != len(v13): return _json_faults(v13)
                        if 'metadata' in v12:
                            v27 = v12['metadata']
                            t30 = type(v27)
                            if t30 is dict:
                                if len(v27) > 16: return False
                                for k28, v29 in v27.items():
                                    if type(k28) is not str: return None
                                    if len(k28) > 64: return False
                                    if type(v29) is not str: return _json_fault(v29)
                                    if len(v29) > 512: return False
                            elif v27 is None:
                                pass
                            else:
                                return _json_fault(v27)
                        if 'chunking_strategy' in v12:
                            v17 = v12['chunking_strategy']
                            if not (type(v17) is dict): return _json_fault(v17)
                            if 'type' not in v17: return False
                            tag18 = v17['type']
                            if type(tag18) is not str: return _json_fault(tag18)
                            if tag18 == 'auto':
                                if not _sub_v2_2_c19(v17): return False
                            elif tag18 == 'static':
                                if 'static' not in v17: return False
                                if not _sub_v2_2_c26(v17): return False
                                v20 = v17['static']
                                if not (type(v20) is dict): return _json_fault(v20)
                                if 'max_chunk_size_tokens' not in v20: return False
                                if 'chunk_overlap_tokens' not in v20: return False
                                if not _sub_v2_2_c25(v20): return False
                                v23 = v20['chunk_overlap_tokens']
                                t24 = type(v23)
                                if t24 is int:
                                    pass
                                elif t24 is float:
                                    if not v23.is_integer(): return False
                                else:
                                    return _json_fault(v23)
                                v21 = v20['max_chunk_size_tokens']
                                t22 = type(v21)
                                if t22 is int:
                                    if v21 < 100: return False
                                    if v21 > 4096: return False
                                elif t22 is float:
                                    if not v21.is_integer(): return False
                                    if v21 < 100: return False
                                    if v21 > 4096: return False
                                else:
                                    return _json_fault(v21)
                                if (_r := _overlap_at_most_half(v20.get('max_chunk_size_tokens'), v20.get('chunk_overlap_tokens'))) is not True: return _r
                            else:
                                return False
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_3_c4 = str


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
                            if type(k22) is not str: return None
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
                        if type(k17) is not str: return None
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
    except Exception:
        return None
    return True


_sub_v2_10_c4 = str
_sub_v2_10_c7 = frozenset({'type'}).issuperset
_sub_v2_10_c13 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset
_sub_v2_10_c14 = frozenset({'static', 'type'}).issuperset


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
                    if type(k16) is not str: return None
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
                if type(k1) is not str: return None
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
                if type(k1) is not str: return None
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
_sub_v2_19_c10 = str


def sub_v2_19(body):
    try:
        t11 = type(body)
        if t11 is dict:
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
            if 'file_search' in body:
                v6 = body['file_search']
                if not (type(v6) is dict): return _json_fault(v6)
                if 'vector_store_ids' in v6:
                    v7 = v6['vector_store_ids']
                    if not (type(v7) is list): return _json_fault(v7)
                    if len(v7) > 1: return False
                    if len(v7) < 16:
                        for v9 in v7:
                            if type(v9) is not str: return _json_fault(v9)
                    elif _count_of(map(type, v7), _sub_v2_19_c10) != len(v7): return _json_faults(v7)
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_20_c4 = str


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
                if type(k1) is not str: return None
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
_sub_v2_28_c10 = frozenset({'auto', 'high', 'low'})


def sub_v2_28(body):
    try:
        t12 = type(body)
        if t12 is str:
            pass
        elif t12 is list:
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
                elif tag2 == 'image_url':
                    if 'image_url' not in v1: return False
                    v7 = v1['image_url']
                    if not (type(v7) is dict): return _json_fault(v7)
                    if 'url' not in v7: return False
                    v8 = v7['url']
                    if not (type(v8) is str): return _json_fault(v8)
                    if _uri(v8) is None: return False
                    if 'detail' in v7:
                        v9 = v7['detail']
                        if not (type(v9) is str): return _json_fault(v9)
                        if v9 not in _sub_v2_28_c10: return False
                elif tag2 == 'text':
                    if 'text' not in v1: return False
                    v11 = v1['text']
                    if not (type(v11) is str): return _json_fault(v11)
                else:
                    return False
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v2_29(body):
    try:
        t6 = type(body)
        if t6 is list:
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
                        pass
                    elif tag5 == 'file_search':
                        pass
                    else:
                        return False
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v2_30(body):
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
                pass
            elif tag4 == 'file_search':
                pass
            else:
                return False
    except Exception:
        return None
    return True




def sub_v2_31(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True




def sub_v2_32(body):
    try:
        if not (type(body) is list): return _json_fault(body)
        for v1 in body:
            if not (type(v1) is dict): return _json_fault(v1)
            if 'type' not in v1: return False
            tag2 = v1['type']
            if type(tag2) is not str: return _json_fault(tag2)
            if tag2 == 'code_interpreter':
                pass
            elif tag2 == 'file_search':
                pass
            else:
                return False
    except Exception:
        return None
    return True




def sub_v2_33(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'type' not in body: return False
        tag1 = body['type']
        if type(tag1) is not str: return _json_fault(tag1)
        if tag1 == 'code_interpreter':
            pass
        elif tag1 == 'file_search':
            pass
        else:
            return False
    except Exception:
        return None
    return True




def sub_v2_34(body):
    try:
        t3 = type(body)
        if t3 is dict:
            if len(body) > 16: return False
            for k1, v2 in body.items():
                if type(k1) is not str: return None
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




def sub_v2_35(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_36_c1 = frozenset({'image_file'})


def sub_v2_36(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_36_c1: return False
    except Exception:
        return None
    return True


_sub_v2_37_c3 = frozenset({'auto', 'high', 'low'})


def sub_v2_37(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'file_id' not in body: return False
        v1 = body['file_id']
        if not (type(v1) is str): return _json_fault(v1)
        if 'detail' in body:
            v2 = body['detail']
            if not (type(v2) is str): return _json_fault(v2)
            if v2 not in _sub_v2_37_c3: return False
    except Exception:
        return None
    return True




def sub_v2_38(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_39_c1 = frozenset({'auto', 'high', 'low'})


def sub_v2_39(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_39_c1: return False
    except Exception:
        return None
    return True


_sub_v2_40_c1 = frozenset({'image_url'})


def sub_v2_40(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_40_c1: return False
    except Exception:
        return None
    return True


_sub_v2_41_c3 = frozenset({'auto', 'high', 'low'})


def sub_v2_41(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'url' not in body: return False
        v1 = body['url']
        if not (type(v1) is str): return _json_fault(v1)
        if _uri(v1) is None: return False
        if 'detail' in body:
            v2 = body['detail']
            if not (type(v2) is str): return _json_fault(v2)
            if v2 not in _sub_v2_41_c3: return False
    except Exception:
        return None
    return True




def sub_v2_42(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if _uri(body) is None: return False
    except Exception:
        return None
    return True


_sub_v2_43_c1 = frozenset({'auto', 'high', 'low'})


def sub_v2_43(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_43_c1: return False
    except Exception:
        return None
    return True


_sub_v2_44_c1 = frozenset({'text'})


def sub_v2_44(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_44_c1: return False
    except Exception:
        return None
    return True




def sub_v2_45(body):
    try:
        if not (type(body) is str): return _json_fault(body)
    except Exception:
        return None
    return True


_sub_v2_46_c1 = frozenset({'code_interpreter'})


def sub_v2_46(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_46_c1: return False
    except Exception:
        return None
    return True


_sub_v2_47_c1 = frozenset({'file_search'})


def sub_v2_47(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_47_c1: return False
    except Exception:
        return None
    return True


_sub_v2_48_c1 = frozenset({'auto'})


def sub_v2_48(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_48_c1: return False
    except Exception:
        return None
    return True


_sub_v2_49_c1 = frozenset({'static'})


def sub_v2_49(body):
    try:
        if not (type(body) is str): return _json_fault(body)
        if body not in _sub_v2_49_c1: return False
    except Exception:
        return None
    return True


_sub_v2_50_c5 = frozenset({'chunk_overlap_tokens', 'max_chunk_size_tokens'}).issuperset


def sub_v2_50(body):
    try:
        if not (type(body) is dict): return _json_fault(body)
        if 'max_chunk_size_tokens' not in body: return False
        if 'chunk_overlap_tokens' not in body: return False
        if not _sub_v2_50_c5(body): return False
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




def sub_v2_51(body):
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




def sub_v2_52(body):
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
                        if type(k10) is not str: return None
                        if len(k10) > 64: return False
                        if type(v11) is str:
                            if len(v11) > 512: return False
                        elif isinstance(v11, str): return None
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
                    if type(k9) is not str: return None
                    if len(k9) > 64: return False
                    if type(v10) is str:
                        if len(v10) > 512: return False
                    elif isinstance(v10, str): return None
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
                if type(k1) is not str: return None
                if len(k1) > 64: return False
                if type(v2) is str:
                    if len(v2) > 512: return False
                elif isinstance(v2, str): return None
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
                if type(k1) is not str: return None
                if len(k1) > 64: return False
                if type(v2) is str:
                    if len(v2) > 512: return False
                elif isinstance(v2, str): return None
        elif body is None:
            pass
        else:
            return _json_fault(body)
    except Exception:
        return None
    return True


CHECKS = {
    ('thread', 'v2'): check_thread_v2,
    ('message', 'v2'): check_message_v2,
    ('thread_object', 'v2'): check_thread_object_v2,
    ('thread', 'v1'): check_thread_v1,
    ('message', 'v1'): check_message_v1,
}


SCANS = {
    ('thread', 'v2'): scan_thread_v2,
    ('message', 'v2'): scan_message_v2,
    ('thread_object', 'v2'): scan_thread_object_v2,
    ('thread', 'v1'): scan_thread_v1,
    ('message', 'v1'): scan_message_v1,
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
    ('v2', '/$defs/CreateMessageRequest/properties/attachments'): sub_v2_29,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments/items'): sub_v2_30,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/file_id'): sub_v2_31,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/tools'): sub_v2_32,
    ('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/tools/items'): sub_v2_33,
    ('v2', '/$defs/CreateMessageRequest/properties/metadata'): sub_v2_34,
    ('v2', '/$defs/Metadata/additionalProperties'): sub_v2_35,
    ('v2', '/$defs/MessageContentImageFileObject/properties/type'): sub_v2_36,
    ('v2', '/$defs/MessageContentImageFileObject/properties/image_file'): sub_v2_37,
    ('v2', '/$defs/MessageContentImageFileObject/properties/image_file/properties/file_id'): sub_v2_38,
    ('v2', '/$defs/MessageContentImageFileObject/properties/image_file/properties/detail'): sub_v2_39,
    ('v2', '/$defs/MessageContentImageUrlObject/properties/type'): sub_v2_40,
    ('v2', '/$defs/MessageContentImageUrlObject/properties/image_url'): sub_v2_41,
    ('v2', '/$defs/MessageContentImageUrlObject/properties/image_url/properties/url'): sub_v2_42,
    ('v2', '/$defs/MessageContentImageUrlObject/properties/image_url/properties/detail'): sub_v2_43,
    ('v2', '/$defs/MessageRequestContentTextObject/properties/type'): sub_v2_44,
    ('v2', '/$defs/MessageRequestContentTextObject/properties/text'): sub_v2_45,
    ('v2', '/$defs/AssistantToolsCode/properties/type'): sub_v2_46,
    ('v2', '/$defs/AssistantToolsFileSearchTypeOnly/properties/type'): sub_v2_47,
    ('v2', '/$defs/AutoChunkingStrategyRequestParam/properties/type'): sub_v2_48,
    ('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/type'): sub_v2_49,
    ('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static'): sub_v2_50,
    ('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/max_chunk_size_tokens'): sub_v2_51,
    ('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/chunk_overlap_tokens'): sub_v2_52,
    ('v1', '/$defs/CreateThreadRequest/properties/messages'): sub_v1_0,
    ('v1', '/$defs/CreateThreadRequest/properties/messages/items'): sub_v1_1,
    ('v1', '/$defs/CreateThreadRequest/properties/metadata'): sub_v1_2,
    ('v1', '/$defs/CreateMessageRequest/properties/role'): sub_v1_3,
    ('v1', '/$defs/CreateMessageRequest/properties/content'): sub_v1_4,
    ('v1', '/$defs/CreateMessageRequest/properties/file_ids'): sub_v1_5,
    ('v1', '/$defs/CreateMessageRequest/properties/file_ids/items'): sub_v1_6,
    ('v1', '/$defs/CreateMessageRequest/properties/metadata'): sub_v1_7,
}
