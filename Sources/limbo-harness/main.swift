print("limbo-harness: not yet implemented")
