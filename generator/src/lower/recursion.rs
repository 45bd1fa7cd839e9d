//! Boxing for recursive types.
//!
//! A struct that contains itself, directly or through other structs, has no finite size.
//! Such cycles are the strongly connected components of the "contains by value" graph
//! (fields and aliases that are neither `Vec` nor map, which already allocate); every field
//! whose type lies in its owner's component is boxed, which breaks every cycle.

use std::collections::BTreeMap;

use crate::ir::{TypeDef, TypeKind, TypeRef};

pub fn box_recursive_fields(defs: &mut [TypeDef]) {
    let index: BTreeMap<&str, usize> = defs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = defs
        .iter()
        .map(|d| {
            by_value_targets(d)
                .filter_map(|name| index.get(name).copied())
                .collect()
        })
        .collect();
    let component = strongly_connected_components(&edges);
    let component_of_name: BTreeMap<String, usize> = defs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name.clone(), component[i]))
        .collect();
    for (i, def) in defs.iter_mut().enumerate() {
        if let TypeKind::Struct(s) = &mut def.kind {
            for field in &mut s.fields {
                if let TypeRef::Named(target) = &field.ty {
                    field.boxed = component_of_name.get(target) == Some(&component[i]);
                }
            }
        }
    }
}

fn by_value_targets(def: &TypeDef) -> Box<dyn Iterator<Item = &str> + '_> {
    match &def.kind {
        TypeKind::Struct(s) => Box::new(s.fields.iter().filter_map(|f| match &f.ty {
            TypeRef::Named(n) => Some(n.as_str()),
            _ => None,
        })),
        TypeKind::Alias(TypeRef::Named(n)) => Box::new(std::iter::once(n.as_str())),
        _ => Box::new(std::iter::empty()),
    }
}

/// Tarjan's algorithm, iterative so that deep schema chains cannot overflow the stack.
/// Returns a component id per node; nodes on a cycle share one.
fn strongly_connected_components(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNVISITED: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNVISITED; n];
    let mut lowlink = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNVISITED; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != UNVISITED {
            continue;
        }
        // (node, position of the next edge to look at)
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[node] == UNVISITED {
                index[node] = next_index;
                lowlink[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&next) = edges[node].get(*edge) {
                *edge += 1;
                if index[next] == UNVISITED {
                    work.push((next, 0));
                } else if on_stack[next] {
                    lowlink[node] = lowlink[node].min(index[next]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                lowlink[parent] = lowlink[parent].min(lowlink[node]);
            }
            if lowlink[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Field, Struct};

    fn def(name: &str, fields: &[(&str, TypeRef)]) -> TypeDef {
        TypeDef {
            name: name.into(),
            origin: name.into(),
            description: None,
            deprecated: false,
            gate: Default::default(),
            kind: TypeKind::Struct(Struct {
                fields: fields
                    .iter()
                    .map(|(n, ty)| Field {
                        name: (*n).into(),
                        setter: format!("set_{n}"),
                        clearer: None,
                        entry_setter: None,
                        wire_name: (*n).into(),
                        ty: ty.clone(),
                        required: false,
                        boxed: false,
                        description: None,
                        read_only: false,
                        deprecated: false,
                        required_by: vec![],
                    })
                    .collect(),
                additional: None,
            }),
        }
    }

    fn boxed(defs: &[TypeDef]) -> Vec<(String, String)> {
        let mut out = vec![];
        for d in defs {
            if let TypeKind::Struct(s) = &d.kind {
                for f in s.fields.iter().filter(|f| f.boxed) {
                    out.push((d.name.clone(), f.name.clone()));
                }
            }
        }
        out
    }

    #[test]
    fn boxes_self_and_mutual_recursion_only() {
        let named = |n: &str| TypeRef::Named(n.into());
        let mut defs = vec![
            def("Node", &[("next", named("Node")), ("leaf", named("Leaf"))]),
            def("A", &[("b", named("B"))]),
            def(
                "B",
                &[
                    ("a", named("A")),
                    ("many", TypeRef::Vec(Box::new(named("B")))),
                ],
            ),
            def("Leaf", &[("x", TypeRef::String)]),
            def("Holder", &[("node", named("Node"))]),
        ];
        box_recursive_fields(&mut defs);
        assert_eq!(
            boxed(&defs),
            [
                ("Node".to_string(), "next".to_string()),
                ("A".into(), "b".into()),
                ("B".into(), "a".into())
            ]
        );
    }

    #[test]
    fn deep_chains_do_not_overflow() {
        let mut defs: Vec<TypeDef> = (0..50_000)
            .map(|i| {
                def(
                    &format!("T{i}"),
                    &[("next", TypeRef::Named(format!("T{}", i + 1)))],
                )
            })
            .collect();
        defs.push(def("T50000", &[("first", TypeRef::Named("T0".into()))]));
        box_recursive_fields(&mut defs);
        assert_eq!(boxed(&defs).len(), 50_001);
    }
}
