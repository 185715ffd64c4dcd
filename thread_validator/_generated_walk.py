"""The engine-free walk of ``_diagnose`` written out for the bundled documents, at build time.

One function per schema object, which runs its keywords as ``_diagnose.Walker`` does. Written
by ``python -m thread_validator._write_generated``: do not edit. tests/test_generated.py fails
when this file differs from what the documents give.
"""
# fmt: off
# ruff: noqa

from operator import countOf

from ._diagnose import (
    JSON_TYPES, Refused, checker as _check, collect, has_non_string_key, schema_at, walker,
)
from ._generated import SUBSCHEMA_CHECKS
from ._keywords import KEYWORDS as K, additionalProperties, oneOf, required, type as type_


def w_v2_0(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_0['type'], inst, S_w_v2_0), 'type', '#/$defs/CreateThreadRequest/type', path, 'v2')
    if t is dict and not known_w_v2_0.issuperset(inst):
        collect(out, additionalProperties(W_v2_, S_w_v2_0['additionalProperties'], inst, S_w_v2_0), 'additionalProperties', '#/$defs/CreateThreadRequest/additionalProperties', path, 'v2')
    if t is dict:
        if 'messages' in inst:
            w_v2_11(inst['messages'], path + ('messages',), out)
        if 'tool_resources' in inst:
            x = inst['tool_resources']
            if c_w_v2_12(x) is not True:
                w_v2_12(x, path + ('tool_resources',), out)
        if 'metadata' in inst:
            x = inst['metadata']
            if c_w_v2_3(x) is not True:
                w_v2_3(x, path + ('metadata',), out)
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_0 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_1(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_1['type'], inst, S_w_v2_1), 'type', '#/$defs/ThreadObject/type', path, 'v2')
    if t is dict:
        if 'id' in inst:
            x = inst['id']
            if not (type(x) is str):
                w_v2_13(x, path + ('id',), out)
        if 'object' in inst:
            x = inst['object']
            if c_w_v2_14(x) is not True:
                w_v2_14(x, path + ('object',), out)
        if 'created_at' in inst:
            x = inst['created_at']
            if c_w_v2_15(x) is not True:
                w_v2_15(x, path + ('created_at',), out)
        if 'tool_resources' in inst:
            x = inst['tool_resources']
            if c_w_v2_16(x) is not True:
                w_v2_16(x, path + ('tool_resources',), out)
        if 'metadata' in inst:
            x = inst['metadata']
            if c_w_v2_3(x) is not True:
                w_v2_3(x, path + ('metadata',), out)
    if t is dict and not ('id' in inst and 'object' in inst and 'created_at' in inst and 'tool_resources' in inst and 'metadata' in inst):
        collect(out, required(W_v2_, S_w_v2_1['required'], inst, S_w_v2_1), 'required', '#/$defs/ThreadObject/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_1 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_2(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_2['type'], inst, S_w_v2_2), 'type', '#/$defs/CreateMessageRequest/type', path, 'v2')
    if t is dict and not known_w_v2_2.issuperset(inst):
        collect(out, additionalProperties(W_v2_, S_w_v2_2['additionalProperties'], inst, S_w_v2_2), 'additionalProperties', '#/$defs/CreateMessageRequest/additionalProperties', path, 'v2')
    if t is dict and not ('role' in inst and 'content' in inst):
        collect(out, required(W_v2_, S_w_v2_2['required'], inst, S_w_v2_2), 'required', '#/$defs/CreateMessageRequest/required', path, 'v2')
    if t is dict:
        if 'role' in inst:
            x = inst['role']
            if c_w_v2_17(x) is not True:
                w_v2_17(x, path + ('role',), out)
        if 'content' in inst:
            x = inst['content']
            if c_w_v2_18(x) is not True:
                w_v2_18(x, path + ('content',), out)
        if 'attachments' in inst:
            x = inst['attachments']
            if c_w_v2_19(x) is not True:
                w_v2_19(x, path + ('attachments',), out)
        if 'metadata' in inst:
            x = inst['metadata']
            if c_w_v2_3(x) is not True:
                w_v2_3(x, path + ('metadata',), out)
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_2 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_3(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict) or (inst is None)):
        collect(out, type_(W_v2_, S_w_v2_3['type'], inst, S_w_v2_3), 'type', '#/$defs/Metadata/type', path, 'v2')
    if t is dict:
        for k, x in inst.items():
            if k in known_w_v2_3:
                continue
            if not (type(x) is str):
                w_v2_20(x, path + (k,), out)
    collect(out, K['metadataLimits'](W_v2_, S_w_v2_3['metadataLimits'], inst, S_w_v2_3), 'metadataLimits', '#/$defs/Metadata/metadataLimits', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_4(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_4['type'], inst, S_w_v2_4), 'type', '#/$defs/MessageContentImageFileObject/type', path, 'v2')
    if t is dict:
        if 'type' in inst:
            x = inst['type']
            if c_w_v2_21(x) is not True:
                w_v2_21(x, path + ('type',), out)
        if 'image_file' in inst:
            x = inst['image_file']
            if c_w_v2_22(x) is not True:
                w_v2_22(x, path + ('image_file',), out)
    if t is dict and not ('type' in inst and 'image_file' in inst):
        collect(out, required(W_v2_, S_w_v2_4['required'], inst, S_w_v2_4), 'required', '#/$defs/MessageContentImageFileObject/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_4 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_5(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_5['type'], inst, S_w_v2_5), 'type', '#/$defs/MessageContentImageUrlObject/type', path, 'v2')
    if t is dict:
        if 'type' in inst:
            x = inst['type']
            if c_w_v2_23(x) is not True:
                w_v2_23(x, path + ('type',), out)
        if 'image_url' in inst:
            x = inst['image_url']
            if c_w_v2_24(x) is not True:
                w_v2_24(x, path + ('image_url',), out)
    if t is dict and not ('type' in inst and 'image_url' in inst):
        collect(out, required(W_v2_, S_w_v2_5['required'], inst, S_w_v2_5), 'required', '#/$defs/MessageContentImageUrlObject/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_5 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_6(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_6['type'], inst, S_w_v2_6), 'type', '#/$defs/MessageRequestContentTextObject/type', path, 'v2')
    if t is dict:
        if 'type' in inst:
            x = inst['type']
            if c_w_v2_25(x) is not True:
                w_v2_25(x, path + ('type',), out)
        if 'text' in inst:
            x = inst['text']
            if not (type(x) is str):
                w_v2_26(x, path + ('text',), out)
    if t is dict and not ('type' in inst and 'text' in inst):
        collect(out, required(W_v2_, S_w_v2_6['required'], inst, S_w_v2_6), 'required', '#/$defs/MessageRequestContentTextObject/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_6 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_7(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_7['type'], inst, S_w_v2_7), 'type', '#/$defs/AssistantToolsCode/type', path, 'v2')
    if t is dict:
        if 'type' in inst:
            x = inst['type']
            if c_w_v2_27(x) is not True:
                w_v2_27(x, path + ('type',), out)
    if t is dict and not ('type' in inst):
        collect(out, required(W_v2_, S_w_v2_7['required'], inst, S_w_v2_7), 'required', '#/$defs/AssistantToolsCode/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_7 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_8(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_8['type'], inst, S_w_v2_8), 'type', '#/$defs/AssistantToolsFileSearchTypeOnly/type', path, 'v2')
    if t is dict:
        if 'type' in inst:
            x = inst['type']
            if c_w_v2_28(x) is not True:
                w_v2_28(x, path + ('type',), out)
    if t is dict and not ('type' in inst):
        collect(out, required(W_v2_, S_w_v2_8['required'], inst, S_w_v2_8), 'required', '#/$defs/AssistantToolsFileSearchTypeOnly/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_8 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_9(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_9['type'], inst, S_w_v2_9), 'type', '#/$defs/AutoChunkingStrategyRequestParam/type', path, 'v2')
    if t is dict and not known_w_v2_9.issuperset(inst):
        collect(out, additionalProperties(W_v2_, S_w_v2_9['additionalProperties'], inst, S_w_v2_9), 'additionalProperties', '#/$defs/AutoChunkingStrategyRequestParam/additionalProperties', path, 'v2')
    if t is dict:
        if 'type' in inst:
            x = inst['type']
            if c_w_v2_29(x) is not True:
                w_v2_29(x, path + ('type',), out)
    if t is dict and not ('type' in inst):
        collect(out, required(W_v2_, S_w_v2_9['required'], inst, S_w_v2_9), 'required', '#/$defs/AutoChunkingStrategyRequestParam/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_9 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_10(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_10['type'], inst, S_w_v2_10), 'type', '#/$defs/StaticChunkingStrategyRequestParam/type', path, 'v2')
    if t is dict and not known_w_v2_10.issuperset(inst):
        collect(out, additionalProperties(W_v2_, S_w_v2_10['additionalProperties'], inst, S_w_v2_10), 'additionalProperties', '#/$defs/StaticChunkingStrategyRequestParam/additionalProperties', path, 'v2')
    if t is dict:
        if 'type' in inst:
            x = inst['type']
            if c_w_v2_30(x) is not True:
                w_v2_30(x, path + ('type',), out)
        if 'static' in inst:
            x = inst['static']
            if c_w_v2_31(x) is not True:
                w_v2_31(x, path + ('static',), out)
    if t is dict and not ('type' in inst and 'static' in inst):
        collect(out, required(W_v2_, S_w_v2_10['required'], inst, S_w_v2_10), 'required', '#/$defs/StaticChunkingStrategyRequestParam/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_10 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_11(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_11['type'], inst, S_w_v2_11), 'type', '#/$defs/CreateThreadRequest/properties/messages/type', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if c_w_v2_2(x) is not True:
                w_v2_2(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_12(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict) or (inst is None)):
        collect(out, type_(W_v2_, S_w_v2_12['type'], inst, S_w_v2_12), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/type', path, 'v2')
    if t is dict:
        if 'code_interpreter' in inst:
            x = inst['code_interpreter']
            if c_w_v2_32(x) is not True:
                w_v2_32(x, path + ('code_interpreter',), out)
        if 'file_search' in inst:
            x = inst['file_search']
            if c_w_v2_33(x) is not True:
                w_v2_33(x, path + ('file_search',), out)
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_12 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_13(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_13['type'], inst, S_w_v2_13), 'type', '#/$defs/ThreadObject/properties/id/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_14(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_14['type'], inst, S_w_v2_14), 'type', '#/$defs/ThreadObject/properties/object/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_14['enum'], inst, S_w_v2_14), 'enum', '#/$defs/ThreadObject/properties/object/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_15(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is int or (t is float and inst.is_integer()))):
        collect(out, type_(W_v2_, S_w_v2_15['type'], inst, S_w_v2_15), 'type', '#/$defs/ThreadObject/properties/created_at/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_16(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict) or (inst is None)):
        collect(out, type_(W_v2_, S_w_v2_16['type'], inst, S_w_v2_16), 'type', '#/$defs/ThreadObject/properties/tool_resources/type', path, 'v2')
    if t is dict:
        if 'code_interpreter' in inst:
            x = inst['code_interpreter']
            if c_w_v2_34(x) is not True:
                w_v2_34(x, path + ('code_interpreter',), out)
        if 'file_search' in inst:
            x = inst['file_search']
            if c_w_v2_35(x) is not True:
                w_v2_35(x, path + ('file_search',), out)
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_16 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_17(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_17['type'], inst, S_w_v2_17), 'type', '#/$defs/CreateMessageRequest/properties/role/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_17['enum'], inst, S_w_v2_17), 'enum', '#/$defs/CreateMessageRequest/properties/role/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_18(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    covered = False
    fits = tuple(i for i in (0 if (t is str) else -1, 1 if (t is list) else -1,) if i >= 0)
    if fits == (0,):
        w_v2_36(inst, path, out)
        covered = True
    elif fits == (1,):
        w_v2_37(inst, path, out)
        covered = True
    else:
        collect(out, oneOf(W_v2_, S_w_v2_18['oneOf'], inst, S_w_v2_18), 'oneOf', '#/$defs/CreateMessageRequest/properties/content/oneOf', path, 'v2')
    if not covered:
        if t is list:
            if has_non_string_key(inst): raise Refused('a key that is not a string')
        if t is dict:
            if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_19(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list) or (inst is None)):
        collect(out, type_(W_v2_, S_w_v2_19['type'], inst, S_w_v2_19), 'type', '#/$defs/CreateMessageRequest/properties/attachments/type', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if c_w_v2_38(x) is not True:
                w_v2_38(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_20(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_20['type'], inst, S_w_v2_20), 'type', '#/$defs/Metadata/additionalProperties/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_21(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_21['type'], inst, S_w_v2_21), 'type', '#/$defs/MessageContentImageFileObject/properties/type/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_21['enum'], inst, S_w_v2_21), 'enum', '#/$defs/MessageContentImageFileObject/properties/type/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_22(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_22['type'], inst, S_w_v2_22), 'type', '#/$defs/MessageContentImageFileObject/properties/image_file/type', path, 'v2')
    if t is dict:
        if 'file_id' in inst:
            x = inst['file_id']
            if not (type(x) is str):
                w_v2_39(x, path + ('file_id',), out)
        if 'detail' in inst:
            x = inst['detail']
            if c_w_v2_40(x) is not True:
                w_v2_40(x, path + ('detail',), out)
    if t is dict and not ('file_id' in inst):
        collect(out, required(W_v2_, S_w_v2_22['required'], inst, S_w_v2_22), 'required', '#/$defs/MessageContentImageFileObject/properties/image_file/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_22 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_23(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_23['type'], inst, S_w_v2_23), 'type', '#/$defs/MessageContentImageUrlObject/properties/type/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_23['enum'], inst, S_w_v2_23), 'enum', '#/$defs/MessageContentImageUrlObject/properties/type/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_24(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_24['type'], inst, S_w_v2_24), 'type', '#/$defs/MessageContentImageUrlObject/properties/image_url/type', path, 'v2')
    if t is dict:
        if 'url' in inst:
            x = inst['url']
            if c_w_v2_41(x) is not True:
                w_v2_41(x, path + ('url',), out)
        if 'detail' in inst:
            x = inst['detail']
            if c_w_v2_42(x) is not True:
                w_v2_42(x, path + ('detail',), out)
    if t is dict and not ('url' in inst):
        collect(out, required(W_v2_, S_w_v2_24['required'], inst, S_w_v2_24), 'required', '#/$defs/MessageContentImageUrlObject/properties/image_url/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_24 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_25(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_25['type'], inst, S_w_v2_25), 'type', '#/$defs/MessageRequestContentTextObject/properties/type/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_25['enum'], inst, S_w_v2_25), 'enum', '#/$defs/MessageRequestContentTextObject/properties/type/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_26(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_26['type'], inst, S_w_v2_26), 'type', '#/$defs/MessageRequestContentTextObject/properties/text/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_27(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_27['type'], inst, S_w_v2_27), 'type', '#/$defs/AssistantToolsCode/properties/type/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_27['enum'], inst, S_w_v2_27), 'enum', '#/$defs/AssistantToolsCode/properties/type/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_28(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_28['type'], inst, S_w_v2_28), 'type', '#/$defs/AssistantToolsFileSearchTypeOnly/properties/type/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_28['enum'], inst, S_w_v2_28), 'enum', '#/$defs/AssistantToolsFileSearchTypeOnly/properties/type/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_29(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_29['type'], inst, S_w_v2_29), 'type', '#/$defs/AutoChunkingStrategyRequestParam/properties/type/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_29['enum'], inst, S_w_v2_29), 'enum', '#/$defs/AutoChunkingStrategyRequestParam/properties/type/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_30(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_30['type'], inst, S_w_v2_30), 'type', '#/$defs/StaticChunkingStrategyRequestParam/properties/type/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_30['enum'], inst, S_w_v2_30), 'enum', '#/$defs/StaticChunkingStrategyRequestParam/properties/type/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_31(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_31['type'], inst, S_w_v2_31), 'type', '#/$defs/StaticChunkingStrategyRequestParam/properties/static/type', path, 'v2')
    if t is dict and not known_w_v2_31.issuperset(inst):
        collect(out, additionalProperties(W_v2_, S_w_v2_31['additionalProperties'], inst, S_w_v2_31), 'additionalProperties', '#/$defs/StaticChunkingStrategyRequestParam/properties/static/additionalProperties', path, 'v2')
    if t is dict:
        if 'max_chunk_size_tokens' in inst:
            x = inst['max_chunk_size_tokens']
            if c_w_v2_43(x) is not True:
                w_v2_43(x, path + ('max_chunk_size_tokens',), out)
        if 'chunk_overlap_tokens' in inst:
            x = inst['chunk_overlap_tokens']
            if c_w_v2_44(x) is not True:
                w_v2_44(x, path + ('chunk_overlap_tokens',), out)
    if t is dict and not ('max_chunk_size_tokens' in inst and 'chunk_overlap_tokens' in inst):
        collect(out, required(W_v2_, S_w_v2_31['required'], inst, S_w_v2_31), 'required', '#/$defs/StaticChunkingStrategyRequestParam/properties/static/required', path, 'v2')
    collect(out, K['chunkOverlapAtMostHalf'](W_v2_, S_w_v2_31['chunkOverlapAtMostHalf'], inst, S_w_v2_31), 'chunkOverlapAtMostHalf', '#/$defs/StaticChunkingStrategyRequestParam/properties/static/chunkOverlapAtMostHalf', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_31 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_32(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_32['type'], inst, S_w_v2_32), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/type', path, 'v2')
    if t is dict:
        if 'file_ids' in inst:
            x = inst['file_ids']
            if c_w_v2_45(x) is not True:
                w_v2_45(x, path + ('file_ids',), out)
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_32 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_33(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_33['type'], inst, S_w_v2_33), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/type', path, 'v2')
    if t is dict:
        if 'vector_store_ids' in inst:
            x = inst['vector_store_ids']
            if c_w_v2_46(x) is not True:
                w_v2_46(x, path + ('vector_store_ids',), out)
        if 'vector_stores' in inst:
            w_v2_47(inst['vector_stores'], path + ('vector_stores',), out)
    collect(out, K['exactlyOneOf'](W_v2_, S_w_v2_33['exactlyOneOf'], inst, S_w_v2_33), 'exactlyOneOf', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/exactlyOneOf', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_33 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_34(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_34['type'], inst, S_w_v2_34), 'type', '#/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/type', path, 'v2')
    if t is dict:
        if 'file_ids' in inst:
            x = inst['file_ids']
            if c_w_v2_48(x) is not True:
                w_v2_48(x, path + ('file_ids',), out)
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_34 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_35(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_35['type'], inst, S_w_v2_35), 'type', '#/$defs/ThreadObject/properties/tool_resources/properties/file_search/type', path, 'v2')
    if t is dict:
        if 'vector_store_ids' in inst:
            x = inst['vector_store_ids']
            if c_w_v2_49(x) is not True:
                w_v2_49(x, path + ('vector_store_ids',), out)
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_35 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_36(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_36['type'], inst, S_w_v2_36), 'type', '#/$defs/CreateMessageRequest/properties/content/oneOf/0/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_37(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_37['type'], inst, S_w_v2_37), 'type', '#/$defs/CreateMessageRequest/properties/content/oneOf/1/type', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if c_w_v2_50(x) is not True:
                w_v2_50(x, path + (i,), out)
    collect(out, K['minItems'](W_v2_, S_w_v2_37['minItems'], inst, S_w_v2_37), 'minItems', '#/$defs/CreateMessageRequest/properties/content/oneOf/1/minItems', path, 'v2')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_38(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_38['type'], inst, S_w_v2_38), 'type', '#/$defs/CreateMessageRequest/properties/attachments/items/type', path, 'v2')
    if t is dict:
        if 'file_id' in inst:
            x = inst['file_id']
            if not (type(x) is str):
                w_v2_51(x, path + ('file_id',), out)
        if 'tools' in inst:
            w_v2_52(inst['tools'], path + ('tools',), out)
    if t is dict and not ('file_id' in inst and 'tools' in inst):
        collect(out, required(W_v2_, S_w_v2_38['required'], inst, S_w_v2_38), 'required', '#/$defs/CreateMessageRequest/properties/attachments/items/required', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_38 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_39(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_39['type'], inst, S_w_v2_39), 'type', '#/$defs/MessageContentImageFileObject/properties/image_file/properties/file_id/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_40(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_40['type'], inst, S_w_v2_40), 'type', '#/$defs/MessageContentImageFileObject/properties/image_file/properties/detail/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_40['enum'], inst, S_w_v2_40), 'enum', '#/$defs/MessageContentImageFileObject/properties/image_file/properties/detail/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_41(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_41['type'], inst, S_w_v2_41), 'type', '#/$defs/MessageContentImageUrlObject/properties/image_url/properties/url/type', path, 'v2')
    collect(out, K['format'](W_v2_, S_w_v2_41['format'], inst, S_w_v2_41), 'format', '#/$defs/MessageContentImageUrlObject/properties/image_url/properties/url/format', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_42(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_42['type'], inst, S_w_v2_42), 'type', '#/$defs/MessageContentImageUrlObject/properties/image_url/properties/detail/type', path, 'v2')
    collect(out, K['enum'](W_v2_, S_w_v2_42['enum'], inst, S_w_v2_42), 'enum', '#/$defs/MessageContentImageUrlObject/properties/image_url/properties/detail/enum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_43(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is int or (t is float and inst.is_integer()))):
        collect(out, type_(W_v2_, S_w_v2_43['type'], inst, S_w_v2_43), 'type', '#/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/max_chunk_size_tokens/type', path, 'v2')
    collect(out, K['minimum'](W_v2_, S_w_v2_43['minimum'], inst, S_w_v2_43), 'minimum', '#/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/max_chunk_size_tokens/minimum', path, 'v2')
    collect(out, K['maximum'](W_v2_, S_w_v2_43['maximum'], inst, S_w_v2_43), 'maximum', '#/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/max_chunk_size_tokens/maximum', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_44(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is int or (t is float and inst.is_integer()))):
        collect(out, type_(W_v2_, S_w_v2_44['type'], inst, S_w_v2_44), 'type', '#/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/chunk_overlap_tokens/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_45(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_45['type'], inst, S_w_v2_45), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids/type', path, 'v2')
    collect(out, K['maxItems'](W_v2_, S_w_v2_45['maxItems'], inst, S_w_v2_45), 'maxItems', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids/maxItems', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if not (type(x) is str):
                w_v2_53(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_46(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_46['type'], inst, S_w_v2_46), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids/type', path, 'v2')
    collect(out, K['maxItems'](W_v2_, S_w_v2_46['maxItems'], inst, S_w_v2_46), 'maxItems', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids/maxItems', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if not (type(x) is str):
                w_v2_54(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_47(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_47['type'], inst, S_w_v2_47), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/type', path, 'v2')
    collect(out, K['maxItems'](W_v2_, S_w_v2_47['maxItems'], inst, S_w_v2_47), 'maxItems', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/maxItems', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if c_w_v2_55(x) is not True:
                w_v2_55(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_48(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_48['type'], inst, S_w_v2_48), 'type', '#/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids/type', path, 'v2')
    collect(out, K['maxItems'](W_v2_, S_w_v2_48['maxItems'], inst, S_w_v2_48), 'maxItems', '#/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids/maxItems', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if not (type(x) is str):
                w_v2_56(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_49(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_49['type'], inst, S_w_v2_49), 'type', '#/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids/type', path, 'v2')
    collect(out, K['maxItems'](W_v2_, S_w_v2_49['maxItems'], inst, S_w_v2_49), 'maxItems', '#/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids/maxItems', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if not (type(x) is str):
                w_v2_57(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_50(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    covered = False
    tag = inst.get('type') if t is dict else None
    if type(tag) is str:
        if tag == 'image_file':
            w_v2_4(inst, path, out)
            covered = True
        elif tag == 'image_url':
            w_v2_5(inst, path, out)
            covered = True
        elif tag == 'text':
            w_v2_6(inst, path, out)
            covered = True
        else:
            collect(out, oneOf(W_v2_, S_w_v2_50['oneOf'], inst, S_w_v2_50), 'oneOf', '#/$defs/CreateMessageRequest/properties/content/oneOf/1/items/oneOf', path, 'v2')
    else:
        collect(out, oneOf(W_v2_, S_w_v2_50['oneOf'], inst, S_w_v2_50), 'oneOf', '#/$defs/CreateMessageRequest/properties/content/oneOf/1/items/oneOf', path, 'v2')
    if not covered:
        if t is list:
            if has_non_string_key(inst): raise Refused('a key that is not a string')
        if t is dict:
            if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_51(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_51['type'], inst, S_w_v2_51), 'type', '#/$defs/CreateMessageRequest/properties/attachments/items/properties/file_id/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_52(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_52['type'], inst, S_w_v2_52), 'type', '#/$defs/CreateMessageRequest/properties/attachments/items/properties/tools/type', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if c_w_v2_58(x) is not True:
                w_v2_58(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_53(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_53['type'], inst, S_w_v2_53), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids/items/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_54(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_54['type'], inst, S_w_v2_54), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids/items/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_55(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_55['type'], inst, S_w_v2_55), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/type', path, 'v2')
    if t is dict:
        if 'file_ids' in inst:
            x = inst['file_ids']
            if c_w_v2_59(x) is not True:
                w_v2_59(x, path + ('file_ids',), out)
        if 'chunking_strategy' in inst:
            x = inst['chunking_strategy']
            if c_w_v2_60(x) is not True:
                w_v2_60(x, path + ('chunking_strategy',), out)
        if 'metadata' in inst:
            x = inst['metadata']
            if c_w_v2_3(x) is not True:
                w_v2_3(x, path + ('metadata',), out)
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v2_55 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v2_56(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_56['type'], inst, S_w_v2_56), 'type', '#/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids/items/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_57(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_57['type'], inst, S_w_v2_57), 'type', '#/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids/items/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_58(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    covered = False
    tag = inst.get('type') if t is dict else None
    if type(tag) is str:
        if tag == 'code_interpreter':
            w_v2_7(inst, path, out)
            covered = True
        elif tag == 'file_search':
            w_v2_8(inst, path, out)
            covered = True
        else:
            collect(out, oneOf(W_v2_, S_w_v2_58['oneOf'], inst, S_w_v2_58), 'oneOf', '#/$defs/CreateMessageRequest/properties/attachments/items/properties/tools/items/oneOf', path, 'v2')
    else:
        collect(out, oneOf(W_v2_, S_w_v2_58['oneOf'], inst, S_w_v2_58), 'oneOf', '#/$defs/CreateMessageRequest/properties/attachments/items/properties/tools/items/oneOf', path, 'v2')
    if not covered:
        if t is list:
            if has_non_string_key(inst): raise Refused('a key that is not a string')
        if t is dict:
            if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_59(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v2_, S_w_v2_59['type'], inst, S_w_v2_59), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids/type', path, 'v2')
    collect(out, K['maxItems'](W_v2_, S_w_v2_59['maxItems'], inst, S_w_v2_59), 'maxItems', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids/maxItems', path, 'v2')
    if t is list:
        for i, x in enumerate(inst):
            if not (type(x) is str):
                w_v2_61(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_60(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v2_, S_w_v2_60['type'], inst, S_w_v2_60), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/chunking_strategy/type', path, 'v2')
    covered = False
    tag = inst.get('type') if t is dict else None
    if type(tag) is str:
        if tag == 'auto':
            w_v2_9(inst, path, out)
            covered = True
        elif tag == 'static':
            w_v2_10(inst, path, out)
            covered = True
        else:
            collect(out, oneOf(W_v2_, S_w_v2_60['oneOf'], inst, S_w_v2_60), 'oneOf', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/chunking_strategy/oneOf', path, 'v2')
    else:
        collect(out, oneOf(W_v2_, S_w_v2_60['oneOf'], inst, S_w_v2_60), 'oneOf', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/chunking_strategy/oneOf', path, 'v2')
    if not covered:
        if t is list:
            if has_non_string_key(inst): raise Refused('a key that is not a string')
        if t is dict:
            if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v2_61(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v2_, S_w_v2_61['type'], inst, S_w_v2_61), 'type', '#/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids/items/type', path, 'v2')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def load_v2_():
    global W_v2_
    global S_w_v2_0
    global S_w_v2_1
    global S_w_v2_2
    global S_w_v2_3
    global S_w_v2_4
    global S_w_v2_5
    global S_w_v2_6
    global S_w_v2_7
    global S_w_v2_8
    global S_w_v2_9
    global S_w_v2_10
    global S_w_v2_11
    global S_w_v2_12
    global S_w_v2_13
    global S_w_v2_14
    global S_w_v2_15
    global S_w_v2_16
    global S_w_v2_17
    global S_w_v2_18
    global S_w_v2_19
    global S_w_v2_20
    global S_w_v2_21
    global S_w_v2_22
    global S_w_v2_23
    global S_w_v2_24
    global S_w_v2_25
    global S_w_v2_26
    global S_w_v2_27
    global S_w_v2_28
    global S_w_v2_29
    global S_w_v2_30
    global S_w_v2_31
    global S_w_v2_32
    global S_w_v2_33
    global S_w_v2_34
    global S_w_v2_35
    global S_w_v2_36
    global S_w_v2_37
    global S_w_v2_38
    global S_w_v2_39
    global S_w_v2_40
    global S_w_v2_41
    global S_w_v2_42
    global S_w_v2_43
    global S_w_v2_44
    global S_w_v2_45
    global S_w_v2_46
    global S_w_v2_47
    global S_w_v2_48
    global S_w_v2_49
    global S_w_v2_50
    global S_w_v2_51
    global S_w_v2_52
    global S_w_v2_53
    global S_w_v2_54
    global S_w_v2_55
    global S_w_v2_56
    global S_w_v2_57
    global S_w_v2_58
    global S_w_v2_59
    global S_w_v2_60
    global S_w_v2_61
    global known_w_v2_0
    global c_w_v2_12
    global c_w_v2_3
    global c_w_v2_13
    global c_w_v2_14
    global c_w_v2_15
    global c_w_v2_16
    global known_w_v2_1
    global known_w_v2_2
    global c_w_v2_17
    global c_w_v2_18
    global c_w_v2_19
    global c_w_v2_20
    global known_w_v2_3
    global c_w_v2_21
    global c_w_v2_22
    global known_w_v2_4
    global c_w_v2_23
    global c_w_v2_24
    global known_w_v2_5
    global c_w_v2_25
    global c_w_v2_26
    global known_w_v2_6
    global c_w_v2_27
    global known_w_v2_7
    global c_w_v2_28
    global known_w_v2_8
    global known_w_v2_9
    global c_w_v2_29
    global known_w_v2_10
    global c_w_v2_30
    global c_w_v2_31
    global c_w_v2_2
    global c_w_v2_32
    global c_w_v2_33
    global known_w_v2_12
    global c_w_v2_34
    global c_w_v2_35
    global known_w_v2_16
    global c_w_v2_38
    global c_w_v2_39
    global c_w_v2_40
    global known_w_v2_22
    global c_w_v2_41
    global c_w_v2_42
    global known_w_v2_24
    global known_w_v2_31
    global c_w_v2_43
    global c_w_v2_44
    global c_w_v2_45
    global known_w_v2_32
    global c_w_v2_46
    global known_w_v2_33
    global c_w_v2_48
    global known_w_v2_34
    global c_w_v2_49
    global known_w_v2_35
    global c_w_v2_50
    global c_w_v2_51
    global known_w_v2_38
    global c_w_v2_53
    global c_w_v2_54
    global c_w_v2_55
    global c_w_v2_56
    global c_w_v2_57
    global c_w_v2_58
    global c_w_v2_59
    global c_w_v2_60
    global known_w_v2_55
    global c_w_v2_61
    W_v2_ = walker('v2')
    S_w_v2_0 = schema_at('v2', '/$defs/CreateThreadRequest')
    S_w_v2_1 = schema_at('v2', '/$defs/ThreadObject')
    S_w_v2_2 = schema_at('v2', '/$defs/CreateMessageRequest')
    S_w_v2_3 = schema_at('v2', '/$defs/Metadata')
    S_w_v2_4 = schema_at('v2', '/$defs/MessageContentImageFileObject')
    S_w_v2_5 = schema_at('v2', '/$defs/MessageContentImageUrlObject')
    S_w_v2_6 = schema_at('v2', '/$defs/MessageRequestContentTextObject')
    S_w_v2_7 = schema_at('v2', '/$defs/AssistantToolsCode')
    S_w_v2_8 = schema_at('v2', '/$defs/AssistantToolsFileSearchTypeOnly')
    S_w_v2_9 = schema_at('v2', '/$defs/AutoChunkingStrategyRequestParam')
    S_w_v2_10 = schema_at('v2', '/$defs/StaticChunkingStrategyRequestParam')
    S_w_v2_11 = schema_at('v2', '/$defs/CreateThreadRequest/properties/messages')
    S_w_v2_12 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources')
    S_w_v2_13 = schema_at('v2', '/$defs/ThreadObject/properties/id')
    S_w_v2_14 = schema_at('v2', '/$defs/ThreadObject/properties/object')
    S_w_v2_15 = schema_at('v2', '/$defs/ThreadObject/properties/created_at')
    S_w_v2_16 = schema_at('v2', '/$defs/ThreadObject/properties/tool_resources')
    S_w_v2_17 = schema_at('v2', '/$defs/CreateMessageRequest/properties/role')
    S_w_v2_18 = schema_at('v2', '/$defs/CreateMessageRequest/properties/content')
    S_w_v2_19 = schema_at('v2', '/$defs/CreateMessageRequest/properties/attachments')
    S_w_v2_20 = schema_at('v2', '/$defs/Metadata/additionalProperties')
    S_w_v2_21 = schema_at('v2', '/$defs/MessageContentImageFileObject/properties/type')
    S_w_v2_22 = schema_at('v2', '/$defs/MessageContentImageFileObject/properties/image_file')
    S_w_v2_23 = schema_at('v2', '/$defs/MessageContentImageUrlObject/properties/type')
    S_w_v2_24 = schema_at('v2', '/$defs/MessageContentImageUrlObject/properties/image_url')
    S_w_v2_25 = schema_at('v2', '/$defs/MessageRequestContentTextObject/properties/type')
    S_w_v2_26 = schema_at('v2', '/$defs/MessageRequestContentTextObject/properties/text')
    S_w_v2_27 = schema_at('v2', '/$defs/AssistantToolsCode/properties/type')
    S_w_v2_28 = schema_at('v2', '/$defs/AssistantToolsFileSearchTypeOnly/properties/type')
    S_w_v2_29 = schema_at('v2', '/$defs/AutoChunkingStrategyRequestParam/properties/type')
    S_w_v2_30 = schema_at('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/type')
    S_w_v2_31 = schema_at('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static')
    S_w_v2_32 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter')
    S_w_v2_33 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search')
    S_w_v2_34 = schema_at('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter')
    S_w_v2_35 = schema_at('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search')
    S_w_v2_36 = schema_at('v2', '/$defs/CreateMessageRequest/properties/content/oneOf/0')
    S_w_v2_37 = schema_at('v2', '/$defs/CreateMessageRequest/properties/content/oneOf/1')
    S_w_v2_38 = schema_at('v2', '/$defs/CreateMessageRequest/properties/attachments/items')
    S_w_v2_39 = schema_at('v2', '/$defs/MessageContentImageFileObject/properties/image_file/properties/file_id')
    S_w_v2_40 = schema_at('v2', '/$defs/MessageContentImageFileObject/properties/image_file/properties/detail')
    S_w_v2_41 = schema_at('v2', '/$defs/MessageContentImageUrlObject/properties/image_url/properties/url')
    S_w_v2_42 = schema_at('v2', '/$defs/MessageContentImageUrlObject/properties/image_url/properties/detail')
    S_w_v2_43 = schema_at('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/max_chunk_size_tokens')
    S_w_v2_44 = schema_at('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/chunk_overlap_tokens')
    S_w_v2_45 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids')
    S_w_v2_46 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids')
    S_w_v2_47 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores')
    S_w_v2_48 = schema_at('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids')
    S_w_v2_49 = schema_at('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids')
    S_w_v2_50 = schema_at('v2', '/$defs/CreateMessageRequest/properties/content/oneOf/1/items')
    S_w_v2_51 = schema_at('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/file_id')
    S_w_v2_52 = schema_at('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/tools')
    S_w_v2_53 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids/items')
    S_w_v2_54 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids/items')
    S_w_v2_55 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items')
    S_w_v2_56 = schema_at('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids/items')
    S_w_v2_57 = schema_at('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids/items')
    S_w_v2_58 = schema_at('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/tools/items')
    S_w_v2_59 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids')
    S_w_v2_60 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/chunking_strategy')
    S_w_v2_61 = schema_at('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids/items')
    known_w_v2_0 = frozenset(S_w_v2_0.get('properties', {}))
    c_w_v2_12 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources')) or _check(S_w_v2_12, 'v2')
    c_w_v2_3 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/metadata')) or _check(S_w_v2_3, 'v2')
    c_w_v2_13 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/id')) or _check(S_w_v2_13, 'v2')
    c_w_v2_14 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/object')) or _check(S_w_v2_14, 'v2')
    c_w_v2_15 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/created_at')) or _check(S_w_v2_15, 'v2')
    c_w_v2_16 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/tool_resources')) or _check(S_w_v2_16, 'v2')
    known_w_v2_1 = frozenset(S_w_v2_1.get('properties', {}))
    known_w_v2_2 = frozenset(S_w_v2_2.get('properties', {}))
    c_w_v2_17 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateMessageRequest/properties/role')) or _check(S_w_v2_17, 'v2')
    c_w_v2_18 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateMessageRequest/properties/content')) or _check(S_w_v2_18, 'v2')
    c_w_v2_19 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateMessageRequest/properties/attachments')) or _check(S_w_v2_19, 'v2')
    c_w_v2_20 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/Metadata/additionalProperties')) or _check(S_w_v2_20, 'v2')
    known_w_v2_3 = frozenset(S_w_v2_3.get('properties', {}))
    c_w_v2_21 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageContentImageFileObject/properties/type')) or _check(S_w_v2_21, 'v2')
    c_w_v2_22 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageContentImageFileObject/properties/image_file')) or _check(S_w_v2_22, 'v2')
    known_w_v2_4 = frozenset(S_w_v2_4.get('properties', {}))
    c_w_v2_23 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageContentImageUrlObject/properties/type')) or _check(S_w_v2_23, 'v2')
    c_w_v2_24 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageContentImageUrlObject/properties/image_url')) or _check(S_w_v2_24, 'v2')
    known_w_v2_5 = frozenset(S_w_v2_5.get('properties', {}))
    c_w_v2_25 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageRequestContentTextObject/properties/type')) or _check(S_w_v2_25, 'v2')
    c_w_v2_26 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageRequestContentTextObject/properties/text')) or _check(S_w_v2_26, 'v2')
    known_w_v2_6 = frozenset(S_w_v2_6.get('properties', {}))
    c_w_v2_27 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/AssistantToolsCode/properties/type')) or _check(S_w_v2_27, 'v2')
    known_w_v2_7 = frozenset(S_w_v2_7.get('properties', {}))
    c_w_v2_28 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/AssistantToolsFileSearchTypeOnly/properties/type')) or _check(S_w_v2_28, 'v2')
    known_w_v2_8 = frozenset(S_w_v2_8.get('properties', {}))
    known_w_v2_9 = frozenset(S_w_v2_9.get('properties', {}))
    c_w_v2_29 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/AutoChunkingStrategyRequestParam/properties/type')) or _check(S_w_v2_29, 'v2')
    known_w_v2_10 = frozenset(S_w_v2_10.get('properties', {}))
    c_w_v2_30 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/type')) or _check(S_w_v2_30, 'v2')
    c_w_v2_31 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static')) or _check(S_w_v2_31, 'v2')
    c_w_v2_2 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/messages/items')) or _check(S_w_v2_2, 'v2')
    c_w_v2_32 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter')) or _check(S_w_v2_32, 'v2')
    c_w_v2_33 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search')) or _check(S_w_v2_33, 'v2')
    known_w_v2_12 = frozenset(S_w_v2_12.get('properties', {}))
    c_w_v2_34 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter')) or _check(S_w_v2_34, 'v2')
    c_w_v2_35 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search')) or _check(S_w_v2_35, 'v2')
    known_w_v2_16 = frozenset(S_w_v2_16.get('properties', {}))
    c_w_v2_38 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateMessageRequest/properties/attachments/items')) or _check(S_w_v2_38, 'v2')
    c_w_v2_39 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageContentImageFileObject/properties/image_file/properties/file_id')) or _check(S_w_v2_39, 'v2')
    c_w_v2_40 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageContentImageFileObject/properties/image_file/properties/detail')) or _check(S_w_v2_40, 'v2')
    known_w_v2_22 = frozenset(S_w_v2_22.get('properties', {}))
    c_w_v2_41 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageContentImageUrlObject/properties/image_url/properties/url')) or _check(S_w_v2_41, 'v2')
    c_w_v2_42 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/MessageContentImageUrlObject/properties/image_url/properties/detail')) or _check(S_w_v2_42, 'v2')
    known_w_v2_24 = frozenset(S_w_v2_24.get('properties', {}))
    known_w_v2_31 = frozenset(S_w_v2_31.get('properties', {}))
    c_w_v2_43 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/max_chunk_size_tokens')) or _check(S_w_v2_43, 'v2')
    c_w_v2_44 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/StaticChunkingStrategyRequestParam/properties/static/properties/chunk_overlap_tokens')) or _check(S_w_v2_44, 'v2')
    c_w_v2_45 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids')) or _check(S_w_v2_45, 'v2')
    known_w_v2_32 = frozenset(S_w_v2_32.get('properties', {}))
    c_w_v2_46 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids')) or _check(S_w_v2_46, 'v2')
    known_w_v2_33 = frozenset(S_w_v2_33.get('properties', {}))
    c_w_v2_48 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids')) or _check(S_w_v2_48, 'v2')
    known_w_v2_34 = frozenset(S_w_v2_34.get('properties', {}))
    c_w_v2_49 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids')) or _check(S_w_v2_49, 'v2')
    known_w_v2_35 = frozenset(S_w_v2_35.get('properties', {}))
    c_w_v2_50 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateMessageRequest/properties/content/oneOf/1/items')) or _check(S_w_v2_50, 'v2')
    c_w_v2_51 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/file_id')) or _check(S_w_v2_51, 'v2')
    known_w_v2_38 = frozenset(S_w_v2_38.get('properties', {}))
    c_w_v2_53 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/code_interpreter/properties/file_ids/items')) or _check(S_w_v2_53, 'v2')
    c_w_v2_54 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_store_ids/items')) or _check(S_w_v2_54, 'v2')
    c_w_v2_55 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items')) or _check(S_w_v2_55, 'v2')
    c_w_v2_56 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/tool_resources/properties/code_interpreter/properties/file_ids/items')) or _check(S_w_v2_56, 'v2')
    c_w_v2_57 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/ThreadObject/properties/tool_resources/properties/file_search/properties/vector_store_ids/items')) or _check(S_w_v2_57, 'v2')
    c_w_v2_58 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateMessageRequest/properties/attachments/items/properties/tools/items')) or _check(S_w_v2_58, 'v2')
    c_w_v2_59 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids')) or _check(S_w_v2_59, 'v2')
    c_w_v2_60 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/chunking_strategy')) or _check(S_w_v2_60, 'v2')
    known_w_v2_55 = frozenset(S_w_v2_55.get('properties', {}))
    c_w_v2_61 = SUBSCHEMA_CHECKS.get(('v2', '/$defs/CreateThreadRequest/properties/tool_resources/properties/file_search/properties/vector_stores/items/properties/file_ids/items')) or _check(S_w_v2_61, 'v2')
    return {
        'CreateThreadRequest': w_v2_0,
        'ThreadObject': w_v2_1,
        'CreateMessageRequest': w_v2_2,
        'Metadata': w_v2_3,
        'MessageContentImageFileObject': w_v2_4,
        'MessageContentImageUrlObject': w_v2_5,
        'MessageRequestContentTextObject': w_v2_6,
        'AssistantToolsCode': w_v2_7,
        'AssistantToolsFileSearchTypeOnly': w_v2_8,
        'AutoChunkingStrategyRequestParam': w_v2_9,
        'StaticChunkingStrategyRequestParam': w_v2_10,
    }


def w_v1_0(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict)):
        collect(out, type_(W_v1_, S_w_v1_0['type'], inst, S_w_v1_0), 'type', '#/$defs/CreateThreadRequest/type', path, 'v1')
    if t is dict:
        if 'messages' in inst:
            w_v1_3(inst['messages'], path + ('messages',), out)
        if 'metadata' in inst:
            x = inst['metadata']
            if c_w_v1_2(x) is not True:
                w_v1_2(x, path + ('metadata',), out)
    if t is dict and not known_w_v1_0.issuperset(inst):
        collect(out, additionalProperties(W_v1_, S_w_v1_0['additionalProperties'], inst, S_w_v1_0), 'additionalProperties', '#/$defs/CreateThreadRequest/additionalProperties', path, 'v1')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v1_0 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v1_1(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if t is dict and not ('role' in inst and 'content' in inst):
        collect(out, required(W_v1_, S_w_v1_1['required'], inst, S_w_v1_1), 'required', '#/$defs/CreateMessageRequest/required', path, 'v1')
    if not ((t is dict)):
        collect(out, type_(W_v1_, S_w_v1_1['type'], inst, S_w_v1_1), 'type', '#/$defs/CreateMessageRequest/type', path, 'v1')
    if t is dict:
        if 'role' in inst:
            x = inst['role']
            if c_w_v1_4(x) is not True:
                w_v1_4(x, path + ('role',), out)
        if 'content' in inst:
            x = inst['content']
            if c_w_v1_5(x) is not True:
                w_v1_5(x, path + ('content',), out)
        if 'file_ids' in inst:
            x = inst['file_ids']
            if c_w_v1_6(x) is not True:
                w_v1_6(x, path + ('file_ids',), out)
        if 'metadata' in inst:
            x = inst['metadata']
            if c_w_v1_2(x) is not True:
                w_v1_2(x, path + ('metadata',), out)
    if t is dict and not known_w_v1_1.issuperset(inst):
        collect(out, additionalProperties(W_v1_, S_w_v1_1['additionalProperties'], inst, S_w_v1_1), 'additionalProperties', '#/$defs/CreateMessageRequest/additionalProperties', path, 'v1')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        for k, x in inst.items():
            if k not in known_w_v1_1 and type(x) is not str:
                if has_non_string_key(x): raise Refused('a key that is not a string')


def w_v1_2(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is dict) or (inst is None)):
        collect(out, type_(W_v1_, S_w_v1_2['type'], inst, S_w_v1_2), 'type', '#/$defs/Metadata/type', path, 'v1')
    collect(out, K['metadataLimits'](W_v1_, S_w_v1_2['metadataLimits'], inst, S_w_v1_2), 'metadataLimits', '#/$defs/Metadata/metadataLimits', path, 'v1')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v1_3(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is list)):
        collect(out, type_(W_v1_, S_w_v1_3['type'], inst, S_w_v1_3), 'type', '#/$defs/CreateThreadRequest/properties/messages/type', path, 'v1')
    if t is list:
        for i, x in enumerate(inst):
            if c_w_v1_1(x) is not True:
                w_v1_1(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v1_4(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    collect(out, K['enum'](W_v1_, S_w_v1_4['enum'], inst, S_w_v1_4), 'enum', '#/$defs/CreateMessageRequest/properties/role/enum', path, 'v1')
    if not ((t is str)):
        collect(out, type_(W_v1_, S_w_v1_4['type'], inst, S_w_v1_4), 'type', '#/$defs/CreateMessageRequest/properties/role/type', path, 'v1')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v1_5(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    collect(out, K['maxLength'](W_v1_, S_w_v1_5['maxLength'], inst, S_w_v1_5), 'maxLength', '#/$defs/CreateMessageRequest/properties/content/maxLength', path, 'v1')
    collect(out, K['minLength'](W_v1_, S_w_v1_5['minLength'], inst, S_w_v1_5), 'minLength', '#/$defs/CreateMessageRequest/properties/content/minLength', path, 'v1')
    if not ((t is str)):
        collect(out, type_(W_v1_, S_w_v1_5['type'], inst, S_w_v1_5), 'type', '#/$defs/CreateMessageRequest/properties/content/type', path, 'v1')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v1_6(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    collect(out, K['maxItems'](W_v1_, S_w_v1_6['maxItems'], inst, S_w_v1_6), 'maxItems', '#/$defs/CreateMessageRequest/properties/file_ids/maxItems', path, 'v1')
    collect(out, K['minItems'](W_v1_, S_w_v1_6['minItems'], inst, S_w_v1_6), 'minItems', '#/$defs/CreateMessageRequest/properties/file_ids/minItems', path, 'v1')
    if not ((t is list)):
        collect(out, type_(W_v1_, S_w_v1_6['type'], inst, S_w_v1_6), 'type', '#/$defs/CreateMessageRequest/properties/file_ids/type', path, 'v1')
    if t is list:
        for i, x in enumerate(inst):
            if not (type(x) is str):
                w_v1_7(x, path + (i,), out)
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def w_v1_7(inst, path, out):
    t = type(inst)
    if t not in JSON_TYPES: raise Refused(f'a value of type {t.__name__}')
    if t is dict and countOf(map(type, inst), str) != len(inst):
        raise Refused('a key that is not a string')
    if not ((t is str)):
        collect(out, type_(W_v1_, S_w_v1_7['type'], inst, S_w_v1_7), 'type', '#/$defs/CreateMessageRequest/properties/file_ids/items/type', path, 'v1')
    if t is list:
        if has_non_string_key(inst): raise Refused('a key that is not a string')
    if t is dict:
        if has_non_string_key(inst): raise Refused('a key that is not a string')


def load_v1_():
    global W_v1_
    global S_w_v1_0
    global S_w_v1_1
    global S_w_v1_2
    global S_w_v1_3
    global S_w_v1_4
    global S_w_v1_5
    global S_w_v1_6
    global S_w_v1_7
    global c_w_v1_2
    global known_w_v1_0
    global c_w_v1_4
    global c_w_v1_5
    global c_w_v1_6
    global known_w_v1_1
    global c_w_v1_1
    global c_w_v1_7
    W_v1_ = walker('v1')
    S_w_v1_0 = schema_at('v1', '/$defs/CreateThreadRequest')
    S_w_v1_1 = schema_at('v1', '/$defs/CreateMessageRequest')
    S_w_v1_2 = schema_at('v1', '/$defs/Metadata')
    S_w_v1_3 = schema_at('v1', '/$defs/CreateThreadRequest/properties/messages')
    S_w_v1_4 = schema_at('v1', '/$defs/CreateMessageRequest/properties/role')
    S_w_v1_5 = schema_at('v1', '/$defs/CreateMessageRequest/properties/content')
    S_w_v1_6 = schema_at('v1', '/$defs/CreateMessageRequest/properties/file_ids')
    S_w_v1_7 = schema_at('v1', '/$defs/CreateMessageRequest/properties/file_ids/items')
    c_w_v1_2 = SUBSCHEMA_CHECKS.get(('v1', '/$defs/CreateMessageRequest/properties/metadata')) or _check(S_w_v1_2, 'v1')
    known_w_v1_0 = frozenset(S_w_v1_0.get('properties', {}))
    c_w_v1_4 = SUBSCHEMA_CHECKS.get(('v1', '/$defs/CreateMessageRequest/properties/role')) or _check(S_w_v1_4, 'v1')
    c_w_v1_5 = SUBSCHEMA_CHECKS.get(('v1', '/$defs/CreateMessageRequest/properties/content')) or _check(S_w_v1_5, 'v1')
    c_w_v1_6 = SUBSCHEMA_CHECKS.get(('v1', '/$defs/CreateMessageRequest/properties/file_ids')) or _check(S_w_v1_6, 'v1')
    known_w_v1_1 = frozenset(S_w_v1_1.get('properties', {}))
    c_w_v1_1 = SUBSCHEMA_CHECKS.get(('v1', '/$defs/CreateThreadRequest/properties/messages/items')) or _check(S_w_v1_1, 'v1')
    c_w_v1_7 = SUBSCHEMA_CHECKS.get(('v1', '/$defs/CreateMessageRequest/properties/file_ids/items')) or _check(S_w_v1_7, 'v1')
    return {
        'CreateThreadRequest': w_v1_0,
        'CreateMessageRequest': w_v1_1,
        'Metadata': w_v1_2,
    }


LOADERS = {
    'v2': load_v2_,
    'v1': load_v1_,
}
